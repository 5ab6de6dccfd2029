/**
 * Common first names (EN and FR) used to spot "Firstname Lastname" in running text before a draft is
 * sent. Ambiguous words (Will, Mark, May, Grace, Rose, Bill, Pat…) are left out on purpose: names
 * found in the greeting, the signature or the front matter are caught whatever they are.
 */
const NAMES = `
Aaron Adam Adrian Aisha Alan Alex Alexander Alexandra Alice Alicia Alison Amanda Amber Amy Andrea Andrew Angela
Anna Anne Anthony Ashley Barbara Ben Benjamin Beth Brandon Brian Caroline Carlos Catherine Charles Charlotte Chloe
Chris Christian Christina Christine Christopher Claire Daniel Daniela David Deborah Dennis Diana Diego Dylan Edward
Eleanor Elena Elizabeth Ella Emily Emma Eric Ethan Eva Fatima Fiona Gabriel George Hannah Harry Helen Henry Ian Isabel
Isabella Jack Jacob James Jamie Jane Janet Jason Jennifer Jessica Joanna John Jonathan Joseph Joshua Julia Karen Kate
Katherine Kevin Laura Lauren Leo Liam Linda Lisa Lucas Lucy Luke Maria Marie Martin Mary Matthew Megan Melissa Michael
Michelle Mohammed Nancy Natalie Nathan Nicholas Nicole Noah Oliver Olivia Omar Patricia Paul Peter Priya Rachel Raj
Rebecca Richard Robert Ryan Samantha Samuel Sandra Sara Sarah Scott Sean Sofia Sophia Sophie Stephanie Stephen Steven
Susan Thomas Timothy Tom Victoria William Zoe
Agathe Alain Amélie Anaïs Antoine Arnaud Aurélie Baptiste Benoît Bernard Camille Cécile Céline Chantal Charles Christophe
Claude Clément Clémence Corinne Damien Delphine Denis Didier Dominique Élise Élodie Émilie Éric Étienne Fabien Fabrice
Florence Florian François Françoise Frédéric Gaëlle Guillaume Hélène Hugo Inès Isabelle Jacques Jean Jeanne Jérôme
Jonathan Joseph Julie Julien Justine Karine Laetitia Laurent Léa Léo Louis Louise Luc Lucie Manon Marc Margaux
Marion Mathieu Mathilde Maxime Mélanie Michel Monique Morgane Nathalie Nicolas Noémie Olivier Pascal Patrick Pauline
Philippe Pierre Quentin Raphaël Romain Sandrine Sébastien Simon Solène Stéphane Stéphanie Sylvie Théo Thibault Thierry
Valérie Vincent Virginie Yannick Yves
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

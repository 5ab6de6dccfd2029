// Corpus de test, partie française. Rédigé de zéro pour ce jeu de test.
// Même format que messages.en.mjs. `nbsp: true` applique la typographie française au corps
// (avant `ignore`) et aux citations : U+202F avant ; ! ?, U+00A0 avant : et à l'intérieur des « ».
// `apos: true` remplace ' par ’ dans le corps et les citations.

export default [
// ───────────────────────────── scripted (0–40) ─────────────────────────────
{
  id: 'hfr-001', channel: 'email', subject: '[Entreprise] x Comptaflow', score: 5, ignore: 'Maxime Dubreuil', nbsp: true,
  tags: ['merge-tag', 'signature-tagline', 'nbsp'],
  text: `Bonjour [Prénom],

J'espère que votre semaine se passe bien.

Je me permets de vous écrire car j'accompagne des cabinets comme [Entreprise] dans leur transformation digitale. Comptaflow est la plateforme tout-en-un qui révolutionne la production comptable grâce à l'intelligence artificielle.

Nos clients gagnent en moyenne 12 heures par semaine et par collaborateur.

Seriez-vous disponible mardi à 14 h ou jeudi à 10 h pour une démo de 20 minutes ?

Bien cordialement,
Maxime Dubreuil
Business Developer – Comptaflow
« L'expertise comptable, augmentée »`,
  spans: [
    ['merge-tag', `[Prénom]`],
    ['cliche-opener', `J'espère que votre semaine se passe bien.`],
    ['cliche-opener', `Je me permets de vous écrire`],
    ['generic-value-prop', `j'accompagne des cabinets comme`],
    ['merge-tag', `[Entreprise]`],
    ['jargon-buzzword', `dans leur transformation digitale`],
    ['hype', `la plateforme tout-en-un qui révolutionne la production comptable grâce à l'intelligence artificielle`],
    ['hype', `Nos clients gagnent en moyenne 12 heures par semaine et par collaborateur.`],
    ['pushy-cta', `Seriez-vous disponible mardi à 14 h ou jeudi à 10 h pour une démo de 20 minutes ?`],
  ],
  notes: `Modèle de séquence de prospection : deux variables non remplacées ([Prénom], [Entreprise], aussi dans l'objet, qui n'est pas annoté), double ouverture toute faite, promesse chiffrée invérifiable, deux créneaux imposés dès le premier contact. Espace fine insécable (U+202F) avant le « ? ». Signature et slogan ignorés.`,
},
{
  id: 'hfr-002', channel: 'email', subject: "Relance – votre mutuelle d'entreprise", score: 8, ignore: 'Sandrine Aubert',
  tags: ['guilt', 'formal-closing'],
  text: `Bonjour Monsieur Garnier,

Je me permets de revenir vers vous suite à mes deux précédents emails restés sans réponse.

Je comprends que vous soyez très sollicité, mais il serait dommage de passer à côté de cette opportunité : nos contrats collectifs permettent de réduire jusqu'à 30 % le coût de votre mutuelle d'entreprise.

Je fais le point sur mes dossiers avant la clôture du trimestre : si je n'ai pas de nouvelles d'ici vendredi, j'en déduirai que le sujet n'est pas une priorité pour vous et je clôturerai votre dossier.

Dans l'attente de votre retour,

Cordialement,
Sandrine Aubert
Conseillère entreprises`,
  spans: [
    ['cliche-opener', `Je me permets de revenir vers vous`],
    ['guilt-follow-up', `suite à mes deux précédents emails restés sans réponse`],
    ['guilt-follow-up', `Je comprends que vous soyez très sollicité, mais il serait dommage de passer à côté de cette opportunité`],
    ['hype', `réduire jusqu'à 30 % le coût de votre mutuelle d'entreprise`],
    ['self-centered', `Je fais le point sur mes dossiers avant la clôture du trimestre`],
    ['guilt-follow-up', `si je n'ai pas de nouvelles d'ici vendredi, j'en déduirai que le sujet n'est pas une priorité pour vous et je clôturerai votre dossier.`],
  ],
  notes: `Relance culpabilisante : rappel du silence, reproche voilé, le trimestre de l'expéditrice comme motif (centré sur soi), menace de clore le dossier. « Dans l'attente de votre retour, » et « Cordialement, » sont des formules de politesse non annotées ; signature ignorée.`,
},
{
  id: 'hfr-003', channel: 'email', subject: 'Proposition de partenariat', score: 3, ignore: 'Le service commercial',
  tags: ['mass-blast', 'department-signature', 'formal-closing', 'repeated-quote'],
  text: `Madame, Monsieur,

Dans un monde en perpétuelle mutation, les collectivités territoriales doivent relever des défis toujours plus nombreux.

Leader français de la signalétique connectée, CitéSign accompagne plus de 500 communes dans leur transition numérique grâce à des solutions innovantes, clés en main et 100 % personnalisables.

Nous serions ravis de vous présenter notre offre lors d'un rendez-vous dans vos locaux. Merci de nous indiquer vos disponibilités pour la semaine prochaine.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le service commercial
CitéSign – La ville qui vous parle`,
  spans: [
    ['mass-blast', `Madame, Monsieur,`],
    ['cliche-opener', `Dans un monde en perpétuelle mutation, les collectivités territoriales doivent relever des défis toujours plus nombreux.`],
    ['hype', `Leader français de la signalétique connectée`],
    ['generic-value-prop', `accompagne plus de 500 communes dans leur transition numérique`],
    ['jargon-buzzword', `grâce à des solutions innovantes, clés en main et 100 % personnalisables`],
    ['pushy-cta', `Merci de nous indiquer vos disponibilités pour la semaine prochaine.`],
  ],
  notes: `Envoi de masse aux mairies : « Madame, Monsieur, » en ouverture (annoté ; la même formule dans la formule de politesse finale ne l'est pas), ouverture sur le « monde en mutation », rendez-vous présumé. Signature de service (« Le service commercial ») et slogan ignorés, mais signalés ici comme indice d'envoi de masse.`,
},
{
  id: 'hfr-004', channel: 'email', subject: 'Petite question, Julien', score: 22, apos: true,
  tags: ['thin-veneer', 'title-company-only', 'typographic-apostrophe'],
  text: `Bonjour Julien,

J'ai vu que vous étiez basé à Lyon, quelle belle ville ! J'espère que vous profitez du soleil en ce moment ☀️

En tant que Responsable des Services Généraux chez Vectis Industrie, vous devez sûrement gérer un grand nombre de prestataires. Chez NettoPro, nous aidons les entreprises comme la vôtre à optimiser leurs coûts de propreté tout en améliorant la satisfaction de leurs collaborateurs.

Seriez-vous ouvert à un premier échange ?

Belle journée,
Chloé`,
  spans: [
    ['fake-personalization', `J'ai vu que vous étiez basé à Lyon, quelle belle ville !`],
    ['fake-personalization', `J'espère que vous profitez du soleil en ce moment ☀️`],
    ['fake-personalization', `En tant que Responsable des Services Généraux chez Vectis Industrie, vous devez sûrement gérer un grand nombre de prestataires.`],
    ['generic-value-prop', `nous aidons les entreprises comme la vôtre à optimiser leurs coûts de propreté tout en améliorant la satisfaction de leurs collaborateurs`],
  ],
  notes: `Vernis : ville, météo, intitulé de poste et entreprise. Rien de vérifiable sur Julien. L'appel à l'action (« Seriez-vous ouvert à un premier échange ? ») est neutre et non annoté. Apostrophes typographiques (’).`,
},
{
  id: 'hfr-005', channel: 'email', subject: 'Location de bennes', score: 28, ignore: 'Patrice Moreau',
  tags: ['generic-no-cliche', 'no-spans'],
  text: `Bonjour,

Nous louons des bennes de 3 à 30 m³ aux entreprises du bâtiment dans le Maine-et-Loire, avec dépôt et enlèvement sous 48 heures.

Si vous avez un chantier qui en nécessite, vous pouvez me joindre à cette adresse ou au 02 41 55 08 17.

Cordialement,
Patrice Moreau
Bennes Moreau & Fils`,
  spans: [],
  notes: `Message propre, sans cliché ni pression, mais rien ne concerne le destinataire : il partirait tel quel à toutes les entreprises du BTP du département. Aucun segment annoté ; la note vient de l'absence de signal. Signature ignorée.`,
},
{
  id: 'hfr-006', channel: 'email', subject: 'Votre vision du leadership', score: 12, nbsp: true,
  tags: ['llm-flattery', 'calendar-link', 'nbsp'],
  text: `Bonjour Émilie,

Votre récent post LinkedIn m'a énormément inspiré ! Votre vision du leadership bienveillant et votre capacité à fédérer les équipes sont vraiment remarquables. On sent que l'humain est au cœur de tout ce que vous entreprenez.

C'est pourquoi je pense que notre programme de coaching « Leaders de demain » pourrait vous intéresser. Plus de 2 000 managers formés, 98 % de satisfaction.

Réservez directement un créneau dans mon agenda : calendly.com/alexis-leadup/decouverte

Au plaisir,
Alexis`,
  spans: [
    ['fake-personalization', `Votre récent post LinkedIn m'a énormément inspiré !`],
    ['fake-personalization', `Votre vision du leadership bienveillant et votre capacité à fédérer les équipes sont vraiment remarquables. On sent que l'humain est au cœur de tout ce que vous entreprenez.`],
    ['hype', `Plus de 2 000 managers formés, 98 % de satisfaction.`],
    ['pushy-cta', `Réservez directement un créneau dans mon agenda : calendly.com/alexis-leadup/decouverte`],
  ],
  notes: `« Votre récent post » sans en citer une ligne, puis un éloge de style IA applicable à tout manager. Lien d'agenda dès le premier message. Espaces insécables avant « ! » et « : » et dans les guillemets.`,
},
{
  id: 'hfr-007', channel: 'email', subject: 'Interlocuteur achats emballages', score: 8,
  tags: ['gatekeeper'],
  text: `Bonjour,

Je me permets de vous solliciter afin d'identifier la personne en charge des achats d'emballages au sein de votre société. S'agit-il de vous ? Dans le cas contraire, pourriez-vous me transmettre ses coordonnées ?

Emballix conçoit des solutions d'emballage éco-responsables, innovantes et sur-mesure, au service de votre performance et de votre image de marque.

Je reste à votre entière disposition pour tout complément d'information.

Bien à vous,
Karim Benali`,
  spans: [
    ['cliche-opener', `Je me permets de vous solliciter`],
    ['gatekeeper-script', `afin d'identifier la personne en charge des achats d'emballages au sein de votre société`],
    ['gatekeeper-script', `S'agit-il de vous ? Dans le cas contraire, pourriez-vous me transmettre ses coordonnées ?`],
    ['jargon-buzzword', `des solutions d'emballage éco-responsables, innovantes et sur-mesure, au service de votre performance et de votre image de marque`],
    ['filler', `Je reste à votre entière disposition pour tout complément d'information.`],
  ],
  notes: `Demande d'aiguillage générique : l'expéditeur ne sait ni qui lit, ni quelle décision est en jeu. Paragraphe produit en mots-clés, phrase de remplissage avant « Bien à vous, » (non annoté).`,
},
{
  id: 'hfr-008', channel: 'linkedin-connection', score: 8,
  tags: ['merge-tag', 'tu', 'growth-hacking'],
  text: `Hello {{firstName}} 👋 Je vois qu'on évolue tous les deux dans l'écosystème tech ! J'adore échanger avec des profils inspirants comme le tien. On connecte ? 🚀`,
  spans: [
    ['merge-tag', `{{firstName}}`],
    ['fake-personalization', `Je vois qu'on évolue tous les deux dans l'écosystème tech !`],
    ['fake-personalization', `J'adore échanger avec des profils inspirants comme le tien.`],
  ],
  notes: `Invitation d'outil d'automatisation au tutoiement : variable non remplacée, « écosystème tech » et « profil inspirant » qui conviennent à n'importe qui. Le tutoiement n'est pas en soi un signal.`,
},
{
  id: 'hfr-009', channel: 'linkedin-connection', score: 26,
  tags: ['auto-trigger'],
  text: `Bonjour Gérard, félicitations pour vos 10 ans chez Transports Lemaire ! Une belle fidélité. Je serais ravi d'échanger avec vous sur les enjeux du transport frigorifique en 2026.`,
  spans: [
    ['fake-personalization', `félicitations pour vos 10 ans chez Transports Lemaire !`],
    ['filler', `Je serais ravi d'échanger avec vous sur les enjeux du transport frigorifique en 2026.`],
  ],
  notes: `Anniversaire professionnel suggéré par LinkedIn, puis un « échange sur les enjeux » sans objet précis. Vernis mince.`,
},
{
  id: 'hfr-010', channel: 'linkedin-connection', score: 33,
  tags: ['generic-no-cliche', 'belgium'],
  text: `Bonjour Sophie, je suis commercial chez un grossiste en matériel horeca à Namur. J'ajoute à mon réseau les restaurateurs de la région. Si un jour vous cherchez un lave-vaisselle à capot, on en a en stock.`,
  spans: [
    ['honest-reason', `J'ajoute à mon réseau les restaurateurs de la région.`],
  ],
  notes: `Contexte belge (horeca, Namur). Franc et sans cliché, mais générique : rien sur Sophie ni sur son restaurant, le même texte part à tous les restaurateurs du coin. Reste sous 40.`,
},
{
  id: 'hfr-011', channel: 'linkedin-message', score: 5, nbsp: true,
  tags: ['pitch-after-connect', 'tu', 'calendar-link', 'nbsp'],
  text: `Merci pour l'ajout Thomas ! 🙏

Je vais être direct : chez Leadix, on aide les fondateurs B2B comme toi à générer 30 rendez-vous qualifiés par mois en pilote automatique, sans lever le petit doigt. 🔥

On a déjà accompagné +150 startups (dont plusieurs licornes 🦄). Mon objectif cette année : aider 500 fondateurs à passer le million d'ARR.

Dispo pour un call de 15 min demain ou jeudi ? Voici mon lien : cal.com/leadix/decouverte`,
  spans: [
    ['generic-value-prop', `on aide les fondateurs B2B comme toi`],
    ['hype', `générer 30 rendez-vous qualifiés par mois en pilote automatique, sans lever le petit doigt. 🔥`],
    ['hype', `On a déjà accompagné +150 startups (dont plusieurs licornes 🦄).`],
    ['self-centered', `Mon objectif cette année : aider 500 fondateurs à passer le million d'ARR.`],
    ['pushy-cta', `Dispo pour un call de 15 min demain ou jeudi ? Voici mon lien : cal.com/leadix/decouverte`],
  ],
  notes: `Pitch immédiatement après l'acceptation, au tutoiement growth-hacking : promesse chiffrée, preuve sociale vague, objectif personnel de l'expéditeur, deux créneaux plus lien d'agenda. Émojis hors BMP (🔥, 🦄) à l'intérieur des segments ; espaces fines insécables.`,
},
{
  id: 'hfr-012', channel: 'linkedin-message', score: 12,
  tags: ['merge-tag', 'expert-opinion-disguise'],
  text: `Bonjour %PRENOM%,

Je travaille actuellement sur une étude sur l'avenir de la fonction RH et j'aurais besoin de votre avis d'expert. Votre parcours est vraiment impressionnant et votre regard me serait très précieux.

Auriez-vous 20 minutes la semaine prochaine pour un échange informel ? Ce n'est absolument pas commercial 😉

Excellente journée à vous !`,
  spans: [
    ['merge-tag', `%PRENOM%`],
    ['filler', `j'aurais besoin de votre avis d'expert`],
    ['fake-personalization', `Votre parcours est vraiment impressionnant et votre regard me serait très précieux.`],
    ['filler', `Ce n'est absolument pas commercial 😉`],
  ],
  notes: `Rendez-vous commercial déguisé en « avis d'expert » pour une « étude », variable %PRENOM% non remplacée. La question des 20 minutes seule est une demande neutre ; c'est le déguisement qui est annoté. « Excellente journée à vous ! » est une formule de politesse.`,
},
{
  id: 'hfr-013', channel: 'inmail', score: 7, ignore: 'Inès Fabre',
  tags: ['recruiter', 'mass-blast'],
  text: `Bonjour Laurent,

Votre profil correspond parfaitement à une opportunité exceptionnelle que je gère actuellement en exclusivité !

Mon client, un acteur majeur et leader incontesté de son secteur, recherche un(e) Directeur(trice) Commercial(e) H/F pour accompagner sa très forte croissance. Rémunération très attractive + avantages.

Le processus est déjà bien avancé, il ne reste que quelques jours pour se positionner. Pouvez-vous m'envoyer votre CV à jour ainsi que vos disponibilités pour un entretien téléphonique demain ?

Cordialement,
Inès Fabre
Talent Acquisition Partner`,
  spans: [
    ['fake-personalization', `Votre profil correspond parfaitement`],
    ['hype', `une opportunité exceptionnelle que je gère actuellement en exclusivité`],
    ['hype', `un acteur majeur et leader incontesté de son secteur`],
    ['mass-blast', `un(e) Directeur(trice) Commercial(e) H/F`],
    ['generic-value-prop', `Rémunération très attractive + avantages.`],
    ['false-urgency', `il ne reste que quelques jours pour se positionner`],
    ['pushy-cta', `Pouvez-vous m'envoyer votre CV à jour ainsi que vos disponibilités pour un entretien téléphonique demain ?`],
  ],
  notes: `InMail de recrutement copié d'une annonce : écriture inclusive « un(e) Directeur(trice) » adressée à Laurent (l'expéditrice ne sait pas à qui elle écrit), client anonyme, aucune rémunération chiffrée, urgence inventée, CV exigé d'emblée. Signature ignorée.`,
},
{
  id: 'hfr-014', channel: 'inmail', score: 32,
  tags: ['title-company-only', 'quebec', 'gatekeeper'],
  text: `Bonjour Mme Lefort,

Je vois que vous occupez le poste de directrice de l'approvisionnement chez Fromagerie Saint-Gervais depuis 2022. Plusieurs entreprises agroalimentaires comme la vôtre paient trop cher leur transport sans le savoir.

Notre firme offre un service d'audit des factures de transport, payé seulement sur les montants récupérés.

Seriez-vous disponible pour en jaser? Sinon, pourriez-vous me diriger vers la bonne personne?

Merci et bonne journée,
Francis Gagnon`,
  spans: [
    ['fake-personalization', `Je vois que vous occupez le poste de directrice de l'approvisionnement chez Fromagerie Saint-Gervais depuis 2022.`],
    ['generic-value-prop', `Plusieurs entreprises agroalimentaires comme la vôtre paient trop cher leur transport sans le savoir.`],
    ['gatekeeper-script', `Sinon, pourriez-vous me diriger vers la bonne personne?`],
  ],
  notes: `Français québécois (« firme », « en jaser », pas d'espace avant « ? »). Sobre, sans pression, mais la seule personnalisation est le poste et l'ancienneté lus sur le profil. L'appel à l'action est neutre ; la demande d'aiguillage qui suit ne nomme aucune décision (script de standard).`,
},
{
  id: 'hfr-015', channel: 'inmail', score: 10, ignore: "L'équipe Talentéo", nbsp: true,
  tags: ['false-urgency', 'mass-blast', 'department-signature', 'nbsp'],
  text: `Bonjour Céline,

Vous êtes convié(e) à notre matinale exclusive « IA & RH : réinventer l'expérience collaborateur », le 14 mars à Paris 8e. Seulement 20 places, réservées aux DRH de grands groupes.

Au programme : retours d'expérience, tendances clés et networking premium autour d'un petit-déjeuner.

Inscriptions clôturées ce vendredi : confirmez votre présence dès aujourd'hui via ce lien → rh-matinales.fr/inscription

À très vite,
L'équipe Talentéo`,
  spans: [
    ['mass-blast', `convié(e)`],
    ['hype', `matinale exclusive`],
    ['false-urgency', `Seulement 20 places, réservées aux DRH de grands groupes.`],
    ['jargon-buzzword', `retours d'expérience, tendances clés et networking premium`],
    ['false-urgency', `Inscriptions clôturées ce vendredi`],
    ['pushy-cta', `confirmez votre présence dès aujourd'hui via ce lien → rh-matinales.fr/inscription`],
  ],
  notes: `Invitation de masse : accord inclusif « convié(e) » malgré le prénom, rareté et date limite, inscription immédiate. Signature d'équipe (« L'équipe Talentéo ») ignorée mais notée comme indice d'envoi de masse. Espaces insécables dans les guillemets et avant « : ».`,
},
// ───────────────────────────── mixed (41–60) ─────────────────────────────
{
  id: 'hfr-016', channel: 'email', subject: 'Votre marché de restauration scolaire', score: 43, ignore: 'Yann Le Goff',
  tags: ['real-trigger-generic-pitch', 'two-slot', 'signature-tagline'],
  text: `Bonjour Madame Chevalier,

J'ai lu sur le BOAMP l'avis de marché de la commune de Saint-Herblain pour la fourniture de repas aux écoles, avec un lot dédié aux menus végétariens quotidiens à partir de septembre.

Acteur incontournable de la restauration collective, Saveurs & Co propose une offre culinaire innovante, responsable et durable, pensée pour le bien-être des convives.

Je vous propose un rendez-vous de 30 minutes mardi à 10 h ou mercredi à 15 h pour vous présenter notre approche.

Bien cordialement,
Yann Le Goff
Responsable développement Ouest
Saveurs & Co — « Le goût de bien grandir »`,
  spans: [
    ['specific-reference', `l'avis de marché de la commune de Saint-Herblain pour la fourniture de repas aux écoles, avec un lot dédié aux menus végétariens quotidiens à partir de septembre`],
    ['hype', `Acteur incontournable de la restauration collective`],
    ['jargon-buzzword', `une offre culinaire innovante, responsable et durable, pensée pour le bien-être des convives`],
    ['pushy-cta', `Je vous propose un rendez-vous de 30 minutes mardi à 10 h ou mercredi à 15 h pour vous présenter notre approche.`],
  ],
  notes: `Déclencheur réel et vérifiable (avis de marché, lot précis), puis paragraphe de plaquette et deux créneaux imposés. Signature et slogan ignorés.`,
},
{
  id: 'hfr-017', channel: 'email', subject: 'RE: Devis bornes de recharge – parking Wavre', score: 44, ignore: 'Olivier Maes',
  tags: ['quoted-reply', 'outlook-header', 'ignores-prospect-question', 'belgium'],
  text: `Bonjour Monsieur Dewitte,

Merci pour votre retour rapide. Pour vos septante emplacements à Wavre, je vous propose de commencer par 12 bornes de 22 kW au niveau -1, là où le tableau électrique a encore de la réserve d'après le plan que vous m'avez transmis.

Notre solution intelligente et évolutive s'adapte à tous vos besoins et vous garantit une expérience de recharge optimale, en toute sérénité.

Pour bénéficier de la prime régionale, il faut impérativement signer le bon de commande avant le 31, les budgets partent très vite. Je vous envoie le contrat ce soir ?

Bien à vous,
Olivier Maes
Conseiller e-mobilité – VoltaBel
GSM : 0475 12 34 56

De : Philippe Dewitte <p.dewitte@immo-brabant.be>
Envoyé : mardi 3 février 2026 10:12
À : Olivier Maes <o.maes@voltabel.be>
Objet : Devis bornes de recharge – parking Wavre

Bonjour,
Nous avons septante emplacements au parking de Wavre. Pouvez-vous nous dire si votre système gère la refacturation aux locataires, et à quel coût par borne ?
Ph. Dewitte`,
  spans: [
    ['concrete-detail', `commencer par 12 bornes de 22 kW au niveau -1, là où le tableau électrique a encore de la réserve d'après le plan que vous m'avez transmis`],
    ['jargon-buzzword', `Notre solution intelligente et évolutive s'adapte à tous vos besoins et vous garantit une expérience de recharge optimale, en toute sérénité.`],
    ['false-urgency', `il faut impérativement signer le bon de commande avant le 31, les budgets partent très vite`],
    ['pushy-cta', `Je vous envoie le contrat ce soir ?`],
  ],
  notes: `Contexte belge (« septante », « GSM », Wavre). La réponse est concrète sur l'implantation mais ignore les deux questions posées (refacturation, coût par borne), puis pousse à signer. Le message cité sous l'en-tête Outlook (« De : / Envoyé : / À : / Objet : ») est ignoré, tout comme la signature.`,
},
{
  id: 'hfr-018', channel: 'email', subject: "Re: Votre ligne d'ensachage", score: 55, ignore: 'Le mar. 20 janv. 2026',
  tags: ['quoted-reply', 'quoted-own-template'],
  text: `Bonjour Aurélie,

Je me permets de revenir vers vous, cette fois avec quelque chose de plus concret que mon premier message (que je relis aujourd'hui avec un peu de gêne).

D'après Le Télégramme du 12 février, la Biscuiterie de l'Odet va doubler sa production de galettes après l'extension de Quimper. Si l'ensachage reste sur la ligne actuelle, c'est souvent là que ça coince : nos clients biscuitiers passent en général de 40 à 65 sachets par minute avec notre peseuse.

Auriez-vous un créneau lundi à 9 h ou mercredi à 14 h pour en parler ?

Bien à vous,
Nicolas

Le mar. 20 janv. 2026 à 08:30, Nicolas Perrin <n.perrin@emballtech.fr> a écrit :
> Bonjour Aurélie,
> J'espère que vous allez bien ! Je me permets de vous contacter car Emballtech accompagne les industriels agroalimentaires comme vous dans l'optimisation de leurs process de conditionnement grâce à des solutions innovantes et sur-mesure. Seriez-vous disponible pour un call de 15 minutes cette semaine ?
> Nicolas`,
  spans: [
    ['cliche-opener', `Je me permets de revenir vers vous`],
    ['own-voice', `que je relis aujourd'hui avec un peu de gêne`],
    ['specific-reference', `D'après Le Télégramme du 12 février, la Biscuiterie de l'Odet va doubler sa production de galettes après l'extension de Quimper.`],
    ['generic-value-prop', `nos clients biscuitiers passent en général de 40 à 65 sachets par minute avec notre peseuse`],
    ['pushy-cta', `Auriez-vous un créneau lundi à 9 h ou mercredi à 14 h pour en parler ?`],
  ],
  notes: `Relance qui apporte enfin un vrai déclencheur et un brin d'autodérision, mais garde l'ouverture toute faite, une statistique de segment et deux créneaux. Le message cité (« Le mar. 20 janv. 2026 à 08:30, … a écrit : ») est le premier modèle de l'expéditeur, plein de clichés : il est ignoré et ne doit pas compter.`,
},
{
  id: 'hfr-019', channel: 'email', subject: 'Les chutes de nuit à la résidence des Tilleuls', score: 56,
  tags: ['merge-tag-in-personal'],
  text: `Bonjour Madame Rigaud,

Dans le rapport d'activité 2025 de <Entreprise>, que vous avez publié en ligne, la résidence des Tilleuls indique 31 chutes de nuit, dont la moitié entre 4 h et 6 h, au moment des levers.

Nous fabriquons des capteurs de sortie de lit sans caméra, qui alertent la veilleuse sur son téléphone. Je ne vais pas vous promettre de supprimer les chutes : dans les établissements équipés, on en évite environ une sur trois.

Si le sujet est déjà traité, ignorez ce message. Sinon, je peux vous envoyer le retour d'une résidence de taille comparable.

Cordialement,
Hugo Marchal`,
  spans: [
    ['merge-tag', `<Entreprise>`],
    ['specific-reference', `la résidence des Tilleuls indique 31 chutes de nuit, dont la moitié entre 4 h et 6 h, au moment des levers`],
    ['concrete-detail', `des capteurs de sortie de lit sans caméra, qui alertent la veilleuse sur son téléphone`],
    ['honest-reason', `Je ne vais pas vous promettre de supprimer les chutes : dans les établissements équipés, on en évite environ une sur trois.`],
    ['low-pressure-ask', `Si le sujet est déjà traité, ignorez ce message.`],
    ['low-pressure-ask', `je peux vous envoyer le retour d'une résidence de taille comparable`],
  ],
  notes: `Corps réellement documenté, honnête et sans pression, mais une variable <Entreprise> restée en plein milieu de la référence : la destinataire voit que la phrase sort d'un modèle. Classé mixte pour cette raison.`,
},
{
  id: 'hfr-020', channel: 'email', subject: 'Les avis sur votre sérum Éclat', score: 57, ignore: 'Manon Girard', nbsp: true, apos: true,
  tags: ['ps-before-signature', 'signature-tagline', 'nbsp', 'typographic-apostrophe'],
  text: `Bonjour Inès,

Sur votre fiche produit du sérum Éclat 10 %, une bonne partie des 212 avis parlent de la pipette qui fuit pendant le transport. C'est rarement le flacon, le plus souvent le joint de la pipette.

Chez Flaconnia, nous sommes le partenaire packaging premium des marques de beauté les plus ambitieuses, avec une qualité irréprochable et un service client 5 étoiles.

Je peux vous envoyer 50 échantillons de pipettes à joint silicone pour un test.

Belle journée,
Manon

P.S. Nos tarifs 2026 augmentent au 1er mars : c'est le moment idéal pour passer commande !

Manon Girard
Chargée d'affaires – Flaconnia
« L'écrin de vos formules »`,
  spans: [
    ['specific-reference', `une bonne partie des 212 avis parlent de la pipette qui fuit pendant le transport`],
    ['concrete-detail', `C'est rarement le flacon, le plus souvent le joint de la pipette.`],
    ['hype', `nous sommes le partenaire packaging premium des marques de beauté les plus ambitieuses, avec une qualité irréprochable et un service client 5 étoiles`],
    ['low-pressure-ask', `Je peux vous envoyer 50 échantillons de pipettes à joint silicone pour un test.`],
    ['false-urgency', `Nos tarifs 2026 augmentent au 1er mars : c'est le moment idéal pour passer commande !`],
  ],
  notes: `Observation vérifiable (avis clients) et offre d'échantillons plutôt qu'un rendez-vous, encadrées par un paragraphe de plaquette et un P.S. d'urgence tarifaire. Le P.S., placé entre la formule de politesse et la signature, fait partie du corps et est annoté ; la signature et son slogan sont ignorés.`,
},
{
  id: 'hfr-021', channel: 'linkedin-connection', score: 42,
  tags: ['llm-flattery-plus-real'],
  text: `Bonjour Romain, bravo pour votre parcours exceptionnel ! J'ai lu votre article dans Les Échos sur le passage de vos 40 magasins Bricoplus au click & collect en 48 h. Nous aidons les enseignes comme la vôtre à booster leur omnicanalité. Un call jeudi ?`,
  spans: [
    ['fake-personalization', `bravo pour votre parcours exceptionnel !`],
    ['specific-reference', `votre article dans Les Échos sur le passage de vos 40 magasins Bricoplus au click & collect en 48 h`],
    ['generic-value-prop', `Nous aidons les enseignes comme la vôtre`],
    ['jargon-buzzword', `booster leur omnicanalité`],
    ['pushy-cta', `Un call jeudi ?`],
  ],
  notes: `Une vraie référence (l'article et son contenu) entre un compliment creux et un pitch de segment, avec un créneau fixé dès l'invitation.`,
},
{
  id: 'hfr-022', channel: 'linkedin-connection', score: 46,
  tags: ['tu', 'expert-opinion-disguise'],
  text: `Salut Lina ! Ton thread sur le passage de la compta de ta boîte d'Excel à Pennylane m'a bien servi. Je bosse chez un éditeur de logiciel de notes de frais, j'adorerais avoir ton avis d'experte lors d'un petit call de 15 min 😊`,
  spans: [
    ['specific-reference', `Ton thread sur le passage de la compta de ta boîte d'Excel à Pennylane`],
    ['honest-reason', `Je bosse chez un éditeur de logiciel de notes de frais`],
    ['filler', `j'adorerais avoir ton avis d'experte lors d'un petit call de 15 min 😊`],
  ],
  notes: `Tutoiement startup. Référence réelle et franchise sur l'employeur, mais la demande est une démo déguisée en « avis d'experte ». Émoji hors BMP dans le segment.`,
},
{
  id: 'hfr-023', channel: 'linkedin-connection', score: 41,
  tags: ['thin-veneer', 'boundary-41'],
  text: `Bonjour Marc, en tant que dirigeant d'une PME industrielle à Clermont-Ferrand, vous êtes sûrement confronté aux défis du recrutement. J'ai vu votre offre de soudeur TIG en CDI affichée depuis novembre. Nous formons des soudeurs en 10 semaines. Échangeons !`,
  spans: [
    ['fake-personalization', `en tant que dirigeant d'une PME industrielle à Clermont-Ferrand, vous êtes sûrement confronté aux défis du recrutement`],
    ['specific-reference', `votre offre de soudeur TIG en CDI affichée depuis novembre`],
    ['concrete-detail', `Nous formons des soudeurs en 10 semaines.`],
    ['filler', `Échangeons !`],
  ],
  notes: `À la limite 40/41 : vernis (poste, ville) puis un seul fait vérifiable (l'offre d'emploi), qui suffit à sortir de la bande « modèle ».`,
},
{
  id: 'hfr-024', channel: 'linkedin-message', score: 48,
  tags: ['guilt', 'tu', 'two-slot'],
  text: `Hello Bastien, je me permets de te relancer car je n'ai pas eu de retour à mon dernier message 😅

J'ai vu que vous aviez ouvert un deuxième entrepôt à Lille pour Gamelle & Co (le post de ta cofondatrice avec les palettes de croquettes 🐶). Avec deux sites, la synchro des stocks Shopify devient vite pénible : on gère ça nativement, en multi-entrepôts.

Tu serais dispo demain 11 h ou vendredi 16 h pour une démo ?`,
  spans: [
    ['cliche-opener', `je me permets de te relancer`],
    ['guilt-follow-up', `car je n'ai pas eu de retour à mon dernier message 😅`],
    ['specific-reference', `vous aviez ouvert un deuxième entrepôt à Lille pour Gamelle & Co (le post de ta cofondatrice avec les palettes de croquettes 🐶)`],
    ['concrete-detail', `Avec deux sites, la synchro des stocks Shopify devient vite pénible : on gère ça nativement, en multi-entrepôts.`],
    ['pushy-cta', `Tu serais dispo demain 11 h ou vendredi 16 h pour une démo ?`],
  ],
  notes: `Relance au tutoiement : reproche du silence, puis un vrai déclencheur et un lien produit pertinent, et deux créneaux de démo. Le « vous » désigne l'entreprise, pas un changement de registre. Émojis hors BMP.`,
},
{
  id: 'hfr-025', channel: 'linkedin-message', score: 60, nbsp: true,
  tags: ['boundary-60', 'nbsp'],
  text: `Merci d'avoir accepté, Hélène.

Dans votre interview pour Réussir Fruits & Légumes, vous expliquiez que la coopérative avait perdu 15 % de la récolte de pommes de 2025 à cause du gel d'avril. Vous avez finalement installé des tours antigel, ou vous êtes restés sur l'aspersion ?

Je pose la question parce que nous vendons des capteurs de température connectés pour vergers, la solution la plus avancée du marché, plébiscitée par plus de 1 000 arboriculteurs.

Bonne journée,
Jérôme`,
  spans: [
    ['specific-reference', `Dans votre interview pour Réussir Fruits & Légumes, vous expliquiez que la coopérative avait perdu 15 % de la récolte de pommes de 2025 à cause du gel d'avril.`],
    ['genuine-question', `Vous avez finalement installé des tours antigel, ou vous êtes restés sur l'aspersion ?`],
    ['honest-reason', `Je pose la question parce que nous vendons des capteurs de température connectés pour vergers`],
    ['hype', `la solution la plus avancée du marché, plébiscitée par plus de 1 000 arboriculteurs`],
  ],
  notes: `Volontairement à la limite 60/61 : référence précise, vraie question et intérêt commercial avoué, mais la fin retombe dans le superlatif invérifiable, collé à l'aveu. Espace fine insécable avant « ? ».`,
},
{
  id: 'hfr-026', channel: 'inmail', score: 45, nbsp: true,
  tags: ['recruiter', 'nbsp'],
  text: `Bonjour Aïcha,

J'ai écouté votre intervention au podcast « Data Gen » sur la mise en place d'un feature store chez un assureur, notamment le passage de 3 jours à 2 heures pour livrer une nouvelle variable aux data scientists.

Je recrute pour une entreprise en forte croissance, leader sur son marché, un poste de Head of Data passionnant avec de vrais challenges à la clé. Package très attractif.

Seriez-vous disponible demain ou après-demain pour un premier échange ?

Belle journée,
Quentin`,
  spans: [
    ['specific-reference', `votre intervention au podcast « Data Gen » sur la mise en place d'un feature store chez un assureur`],
    ['concrete-detail', `le passage de 3 jours à 2 heures pour livrer une nouvelle variable aux data scientists`],
    ['hype', `une entreprise en forte croissance, leader sur son marché`],
    ['generic-value-prop', `un poste de Head of Data passionnant avec de vrais challenges à la clé`],
    ['generic-value-prop', `Package très attractif.`],
    ['pushy-cta', `Seriez-vous disponible demain ou après-demain pour un premier échange ?`],
  ],
  notes: `Recrutement : l'écoute du podcast est réelle et précise, mais le poste reste anonyme (ni entreprise, ni lieu, ni salaire) et l'échange est fixé à demain ou après-demain.`,
},
{
  id: 'hfr-027', channel: 'inmail', score: 54,
  tags: ['congrats-pleasantry', 'auto-trigger-with-real-reference'],
  text: `Bonjour Benoît,

Félicitations pour votre nouveau poste ! Vous arrivez chez Hydréa au moment où le syndicat des eaux du Val de Loire lance le remplacement de 8 000 compteurs par des compteurs à télérelève, si j'en crois la délibération de décembre.

Nos compteurs sont déjà déployés dans trois syndicats voisins, avec un taux de remontée des index de 99,2 % sur l'année. Notre technologie de rupture révolutionne la gestion de l'eau.

Je vous propose une démonstration sur site le 12 ou le 13 mars.

Bien cordialement,
Estelle`,
  spans: [
    ['specific-reference', `le syndicat des eaux du Val de Loire lance le remplacement de 8 000 compteurs par des compteurs à télérelève, si j'en crois la délibération de décembre`],
    ['concrete-detail', `Nos compteurs sont déjà déployés dans trois syndicats voisins, avec un taux de remontée des index de 99,2 % sur l'année.`],
    ['hype', `Notre technologie de rupture révolutionne la gestion de l'eau.`],
    ['pushy-cta', `Je vous propose une démonstration sur site le 12 ou le 13 mars.`],
  ],
  notes: `PIÈGE : les félicitations pour le nouveau poste sont une simple politesse, suivie d'une vraie référence (la délibération) ; elles ne sont pas annotées. Ensuite un chiffre concret, une phrase de plaquette et deux dates imposées.`,
},
// ───────────────────────────── authentic (61–100) ─────────────────────────────
{
  id: 'hfr-028', channel: 'email', subject: 'Re: Cuves inox pour le chai', score: 94, ignore: 'Sébastien Roche', nbsp: true,
  tags: ['quoted-reply', 'admits-limitation', 'nbsp'],
  text: `Bonjour Monsieur Arnaud,

Pour répondre franchement : nos cuves de 50 hl ne passent pas par la porte de votre chai si elle fait bien 1,90 m de haut comme sur votre photo. Il faudrait soit des cuves de 35 hl, soit une livraison en deux viroles soudées sur place, ce qui ajoute environ une semaine et 1 800 € HT.

Je préfère vous le dire maintenant plutôt qu'au moment de la livraison. Pour les vendanges, les 35 hl seraient prêtes mi-août ; la version soudée, pas avant début septembre, ce qui me paraît juste.

Vous avez une préférence entre plus de cuves plus petites, ou moins de cuves et le chantier de soudure ?

Bien à vous,
Sébastien Roche
Inox Rhodanien

Le jeu. 15 janv. 2026 à 17:05, Didier Arnaud <domaine.arnaud@orange.fr> a écrit :
> Bonjour, vos cuves de 50 hl passent-elles par une porte standard ? Je vous joins une photo de l'entrée du chai. Il me les faut avant les vendanges.
> D. Arnaud`,
  spans: [
    ['own-voice', `Pour répondre franchement`],
    ['concrete-detail', `nos cuves de 50 hl ne passent pas par la porte de votre chai si elle fait bien 1,90 m de haut comme sur votre photo`],
    ['concrete-detail', `soit des cuves de 35 hl, soit une livraison en deux viroles soudées sur place, ce qui ajoute environ une semaine et 1 800 € HT`],
    ['honest-reason', `Je préfère vous le dire maintenant plutôt qu'au moment de la livraison.`],
    ['concrete-detail', `les 35 hl seraient prêtes mi-août ; la version soudée, pas avant début septembre, ce qui me paraît juste`],
    ['genuine-question', `Vous avez une préférence entre plus de cuves plus petites, ou moins de cuves et le chantier de soudure ?`],
  ],
  notes: `Réponse directe à la question du vigneron, y compris le « non », avec coûts et délais. Espaces fines insécables dans le corps (le « ; » est dans un segment). Signature et message cité (« Le jeu. 15 janv. 2026 à 17:05, … a écrit : ») ignorés ; les détails de la citation appartiennent au prospect.`,
},
{
  id: 'hfr-029', channel: 'email', subject: 'Vos rencontres dédicaces du samedi', score: 76, apos: true,
  tags: ['opener-in-authentic', 'typographic-apostrophe'],
  text: `Bonjour Madame Guérin,

J'espère que vous allez bien.

Je suis passé à la librairie Le Chat Perché samedi pour la dédicace de Marion Crespin, et j'ai vu la file qui débordait jusque sur le trottoir de la rue des Carmes, avec des gens qui repartaient faute de temps.

Je travaille pour une petite société qui fait de la billetterie gratuite pour les librairies : les lecteurs réservent un créneau de passage, vous voyez la liste la veille. C'est payant seulement au-delà de 200 réservations par mois, donc probablement jamais pour vous.

Si ça vous intéresse, je peux vous créer la page de la prochaine dédicace pour essayer, sans engagement. Sinon, merci pour l'après-midi : je suis reparti avec deux albums.

Cordialement,
Bastien`,
  spans: [
    ['cliche-opener', `J'espère que vous allez bien.`],
    ['specific-reference', `Je suis passé à la librairie Le Chat Perché samedi pour la dédicace de Marion Crespin, et j'ai vu la file qui débordait jusque sur le trottoir de la rue des Carmes, avec des gens qui repartaient faute de temps.`],
    ['concrete-detail', `les lecteurs réservent un créneau de passage, vous voyez la liste la veille`],
    ['honest-reason', `C'est payant seulement au-delà de 200 réservations par mois, donc probablement jamais pour vous.`],
    ['low-pressure-ask', `je peux vous créer la page de la prochaine dédicace pour essayer, sans engagement`],
    ['own-voice', `merci pour l'après-midi : je suis reparti avec deux albums`],
  ],
  notes: `Message écrit pour cette librairie (une visite réelle, un problème vu sur place), offre sans rendez-vous ; seule l'ouverture « J'espère que vous allez bien. » est toute faite, d'où 61–80. Apostrophes typographiques.`,
},
{
  id: 'hfr-030', channel: 'email', subject: 'Facturation électronique : qui choisit la plateforme chez vous ?', score: 87, nbsp: true,
  tags: ['gatekeeper-lookalike', 'nbsp'],
  text: `Bonjour Monsieur Tessier,

Lors de la réunion de l'Ordre à Angers le 22 janvier, vous avez dit que le cabinet accompagnera ses 340 clients TPE sur la réforme de la facture électronique, mais que le choix de la plateforme n'était « pas encore tranché entre nous trois ».

Nous sommes une plateforme agréée, et je sais que nous ne sommes pas les seuls. Notre point fort est l'import des factures d'achat des TPE qui reçoivent encore du papier ; notre point faible, franchement, c'est l'interface, qui a vieilli.

Pour ne pas écrire à la mauvaise personne : ce choix, c'est vous qui le portez, ou plutôt votre associée qui pilote le numérique ?

Bien cordialement,
Claire Vasseur`,
  spans: [
    ['specific-reference', `Lors de la réunion de l'Ordre à Angers le 22 janvier, vous avez dit que le cabinet accompagnera ses 340 clients TPE sur la réforme de la facture électronique, mais que le choix de la plateforme n'était « pas encore tranché entre nous trois ».`],
    ['honest-reason', `je sais que nous ne sommes pas les seuls`],
    ['concrete-detail', `Notre point fort est l'import des factures d'achat des TPE qui reçoivent encore du papier`],
    ['honest-reason', `notre point faible, franchement, c'est l'interface, qui a vieilli`],
    ['genuine-question', `ce choix, c'est vous qui le portez, ou plutôt votre associée qui pilote le numérique ?`],
  ],
  notes: `PIÈGE (faux aiguillage) : la question « c'est vous qui le portez ? » ressemble à un script de standard, mais elle porte sur une décision précise et propose une alternative nommée : vraie question. Propos public cité, faiblesse avouée. Espaces insécables (guillemets, « : », « ; », « ? »).`,
},
{
  id: 'hfr-031', channel: 'email', subject: 'Votre four à sole et la fournée de 4 h', score: 97, ignore: 'Antoine Verdier', nbsp: true, apos: true,
  tags: ['long', 'nbsp', 'typographic-apostrophe'],
  text: `Bonjour Monsieur Lenoir,

Je vous écris parce que votre story de mardi m'a fait de la peine : le four à sole qui refuse de monter au-dessus de 230 °C à 4 h du matin, et vous qui annoncez « pas de tradition avant 9 h, désolé ». Je suis technico-commercial chez un fabricant de fours, donc j'ai évidemment intérêt à ce que vous en changiez. Mais d'après la photo de la plaque, c'est un Bongard de 1998, et sur ces modèles la panne que vous décrivez vient presque toujours d'une résistance de voûte ou du thermostat, pas du four entier.

Une résistance coûte autour de 300 € et se change en une matinée. Je peux vous donner le nom d'un dépanneur indépendant à Tours qui connaît ces fours par cœur ; il n'a aucun lien avec nous.

Si un jour vous voulez vraiment remplacer le four, je serai content de venir mesurer le fournil et de vous faire un devis. Mais honnêtement, je ne le ferais pas cette année à votre place.

Et pour la petite histoire : j'ai goûté votre pain aux noix en passant en décembre. La croûte valait le détour.

Bien à vous,
Antoine Verdier
Fours Delacroix – Technico-commercial Centre-Val de Loire
06 12 48 90 33`,
  spans: [
    ['own-voice', `votre story de mardi m'a fait de la peine`],
    ['specific-reference', `le four à sole qui refuse de monter au-dessus de 230 °C à 4 h du matin, et vous qui annoncez « pas de tradition avant 9 h, désolé »`],
    ['honest-reason', `Je suis technico-commercial chez un fabricant de fours, donc j'ai évidemment intérêt à ce que vous en changiez.`],
    ['concrete-detail', `c'est un Bongard de 1998, et sur ces modèles la panne que vous décrivez vient presque toujours d'une résistance de voûte ou du thermostat, pas du four entier`],
    ['concrete-detail', `Une résistance coûte autour de 300 € et se change en une matinée.`],
    ['low-pressure-ask', `Je peux vous donner le nom d'un dépanneur indépendant à Tours qui connaît ces fours par cœur ; il n'a aucun lien avec nous.`],
    ['honest-reason', `Mais honnêtement, je ne le ferais pas cette année à votre place.`],
    ['own-voice', `La croûte valait le détour.`],
  ],
  notes: `Long message (environ 210 mots) écrit pour ce boulanger : il déconseille l'achat et oriente vers un dépanneur concurrent. Espaces insécables (« : », « ; », guillemets) et apostrophes typographiques. Formule de politesse et signature (nom, fonction, téléphone) ignorées.`,
},
{
  id: 'hfr-032', channel: 'email', subject: 'Vos deux grutiers pour le chantier de Bègles', score: 72,
  tags: ['jargon-in-authentic', 'referral'],
  text: `Bonjour Karine,

Votre conducteur de travaux, M. Sallès, m'a dit au téléphone hier que le chantier des Terrasses de Bègles cherche deux grutiers à tour avec CACES R487 pour le coulage des planchers, à partir du 9 mars, et que les deux agences sollicitées n'ont envoyé personne. Il m'a donné votre adresse.

J'ai un grutier disponible dès le 9, et un second à partir du 16 seulement. Leader de l'intérim BTP en Nouvelle-Aquitaine, nous mettons à votre disposition des talents qualifiés et engagés, au service de la réussite de vos projets.

Dites-moi si un seul grutier la première semaine vous dépanne, ou s'il vous faut les deux en même temps.

Cordialement,
Loïc`,
  spans: [
    ['specific-reference', `Votre conducteur de travaux, M. Sallès, m'a dit au téléphone hier que le chantier des Terrasses de Bègles cherche deux grutiers à tour avec CACES R487 pour le coulage des planchers, à partir du 9 mars`],
    ['honest-reason', `Il m'a donné votre adresse.`],
    ['concrete-detail', `J'ai un grutier disponible dès le 9, et un second à partir du 16 seulement.`],
    ['jargon-buzzword', `Leader de l'intérim BTP en Nouvelle-Aquitaine, nous mettons à votre disposition des talents qualifiés et engagés, au service de la réussite de vos projets.`],
    ['genuine-question', `si un seul grutier la première semaine vous dépanne, ou s'il vous faut les deux en même temps`],
  ],
  notes: `Recommandation réelle, disponibilités honnêtes (le second grutier arrive tard), vraie question ; une phrase de plaquette collée au milieu. « sollicitées » ici n'a rien d'un accord inclusif de masse.`,
},
{
  id: 'hfr-033', channel: 'email', subject: "Votre séminaire d'équipe en juin", score: 74,
  tags: ['false-urgency-in-authentic'],
  text: `Bonjour Paul,

Suite à notre appel de jeudi : j'ai vérifié, le gîte de Vassivière peut accueillir vos 26 personnes, mais seulement 22 en chambres individuelles ; quatre devront partager. Le pont du lac est fermé aux cars depuis l'automne, donc la navette devra faire le tour par Auphelle (20 minutes de plus).

Pour l'activité du vendredi, le club de voile propose deux sessions de 13, ce qui colle avec votre idée de mélanger les équipes.

Attention, c'est le dernier week-end disponible en juin et les demandes affluent : je vous conseille de bloquer aujourd'hui.

À bientôt,
Laure`,
  spans: [
    ['specific-reference', `Suite à notre appel de jeudi`],
    ['concrete-detail', `le gîte de Vassivière peut accueillir vos 26 personnes, mais seulement 22 en chambres individuelles ; quatre devront partager`],
    ['concrete-detail', `Le pont du lac est fermé aux cars depuis l'automne, donc la navette devra faire le tour par Auphelle (20 minutes de plus).`],
    ['concrete-detail', `le club de voile propose deux sessions de 13, ce qui colle avec votre idée de mélanger les équipes`],
    ['false-urgency', `c'est le dernier week-end disponible en juin et les demandes affluent : je vous conseille de bloquer aujourd'hui`],
  ],
  notes: `Suivi d'un vrai appel, réponses précises et contraintes avouées ; une seule phrase d'urgence artificielle à la fin. Espaces ordinaires (pas de typographie insécable dans ce message). « À bientôt, » est une formule de politesse.`,
},
{
  id: 'hfr-034', channel: 'email', subject: 'Suite à notre échange au salon Horeca Expo', score: 88,
  tags: ['belgium', 'trade-show'],
  text: `Bonjour Monsieur Jacobs,

On s'est parlé lundi au stand, à Gand : vous cherchiez un moyen de suivre les températures de vos quatre chambres froides sans que le chef doive remplir le cahier deux fois par jour pour l'AFSCA.

J'ai vérifié ce que vous m'aviez demandé. Nos sondes fonctionnent bien sans wifi, en réseau LoRa, mais votre cave à vins au sous-sol risque de mal capter ; je ne peux le garantir qu'après un test sur place. Le rapport mensuel est accepté par l'AFSCA, deux de nos clients liégeois l'ont déjà présenté lors d'un contrôle.

Je passe à Liège le jeudi 19. Si ça vous arrange, je peux poser une sonde de test dans la cave en dix minutes ; sinon, pas de souci, la brochure est en pièce jointe.

À tantôt,
Jonathan Peeters`,
  spans: [
    ['specific-reference', `On s'est parlé lundi au stand, à Gand : vous cherchiez un moyen de suivre les températures de vos quatre chambres froides sans que le chef doive remplir le cahier deux fois par jour pour l'AFSCA.`],
    ['concrete-detail', `Nos sondes fonctionnent bien sans wifi, en réseau LoRa`],
    ['honest-reason', `votre cave à vins au sous-sol risque de mal capter ; je ne peux le garantir qu'après un test sur place`],
    ['concrete-detail', `Le rapport mensuel est accepté par l'AFSCA, deux de nos clients liégeois l'ont déjà présenté lors d'un contrôle.`],
    ['low-pressure-ask', `je peux poser une sonde de test dans la cave en dix minutes ; sinon, pas de souci, la brochure est en pièce jointe`],
  ],
  notes: `Contexte belge (AFSCA, Gand, Liège, « À tantôt » comme formule de politesse, non annotée). Suite d'une conversation réelle au salon, limite technique avouée, proposition facile à refuser.`,
},
{
  id: 'hfr-035', channel: 'email', subject: "L'éclairage du stade de Montbazin", score: 68, ignore: 'Gaëlle Fournier', nbsp: true,
  tags: ['calendar-link-in-authentic', 'formal-closing', 'nbsp'],
  text: `Bonjour Monsieur le Maire,

Dans le compte rendu du conseil municipal du 5 février, j'ai lu que l'éclairage du stade consomme à lui seul 18 % de la facture électrique de la commune et que le club de foot s'entraîne trois soirs par semaine en hiver.

Nous installons des projecteurs LED pilotés par créneaux : l'éclairage ne s'allume que sur les horaires d'entraînement saisis par le club. Sur un stade de cette taille, la baisse tourne plutôt autour de 60 % que des 80 % qu'annoncent certains concurrents.

Vous pouvez réserver directement un rendez-vous dans mon agenda : rdv.lumiterra.fr/montbazin

Je vous prie d'agréer, Monsieur le Maire, l'expression de mes salutations respectueuses.

Gaëlle Fournier
Lumiterra`,
  spans: [
    ['specific-reference', `Dans le compte rendu du conseil municipal du 5 février, j'ai lu que l'éclairage du stade consomme à lui seul 18 % de la facture électrique de la commune et que le club de foot s'entraîne trois soirs par semaine en hiver.`],
    ['concrete-detail', `l'éclairage ne s'allume que sur les horaires d'entraînement saisis par le club`],
    ['honest-reason', `la baisse tourne plutôt autour de 60 % que des 80 % qu'annoncent certains concurrents`],
    ['pushy-cta', `Vous pouvez réserver directement un rendez-vous dans mon agenda : rdv.lumiterra.fr/montbazin`],
  ],
  notes: `Référence publique précise et chiffre volontairement modeste ; le lien d'agenda imposé au maire est le seul élément scripté. La formule « Je vous prie d'agréer… » n'est pas annotée ; signature ignorée.`,
},
{
  id: 'hfr-036', channel: 'linkedin-connection', score: 72,
  tags: ['opener-in-authentic', 'quebec', 'gatekeeper-lookalike'],
  text: `Bonjour Sylvie, je me permets de vous écrire suite à votre présentation au congrès de l'AQCPE sur les listes d'attente à Laval. Vos 600 familles en attente, est-ce que ça inclut les places en milieu familial? Je vends un logiciel d'inscription, mais la question est sincère.`,
  spans: [
    ['cliche-opener', `je me permets de vous écrire`],
    ['specific-reference', `votre présentation au congrès de l'AQCPE sur les listes d'attente à Laval`],
    ['genuine-question', `Vos 600 familles en attente, est-ce que ça inclut les places en milieu familial?`],
    ['honest-reason', `Je vends un logiciel d'inscription, mais la question est sincère.`],
  ],
  notes: `Français québécois (CPE, milieu familial, pas d'espace avant « ? »). Formule « je me permets de vous écrire » en ouverture, mais le reste est précis, honnête, avec une vraie question : reste dans 61–80.`,
},
{
  id: 'hfr-037', channel: 'linkedin-connection', score: 92, nbsp: true,
  tags: ['tu', 'no-pitch', 'nbsp'],
  text: `Salut Yanis, c'est Mehdi, on était voisins de table au meetup Rust de Nantes jeudi. Tu m'avais parlé de ton parseur de fichiers FEC qui passe de 40 s à 2 s : tu l'as publié finalement ? Je suis curieux de voir comment t'as géré les encodages Windows-1252.`,
  spans: [
    ['specific-reference', `on était voisins de table au meetup Rust de Nantes jeudi`],
    ['specific-reference', `Tu m'avais parlé de ton parseur de fichiers FEC qui passe de 40 s à 2 s`],
    ['genuine-question', `tu l'as publié finalement ?`],
    ['own-voice', `Je suis curieux de voir comment t'as géré les encodages Windows-1252.`],
  ],
  notes: `Invitation entre pairs au tutoiement, après une vraie rencontre ; aucune vente. Espaces fines insécables avant « : » et « ? ».`,
},
{
  id: 'hfr-038', channel: 'linkedin-message', score: 91, nbsp: true,
  tags: ['tu', 'nbsp', 'talks-self-out'],
  text: `Merci pour l'ajout, Camille !

Je t'écris pour une raison précise : dans ton post de lundi, tu disais que votre équipe support passe « une demi-journée par semaine » à retrouver les remboursements Stripe qui n'ont pas été répercutés dans Zendesk. On a construit exactement ce connecteur, je préfère le dire tout de suite.

Mais avant de te montrer quoi que ce soit : ça concerne surtout les remboursements partiels, ou tous ? Si c'est seulement les partiels, un simple webhook fera l'affaire et tu n'as pas besoin de nous.

Bonne journée !`,
  spans: [
    ['honest-reason', `Je t'écris pour une raison précise`],
    ['specific-reference', `dans ton post de lundi, tu disais que votre équipe support passe « une demi-journée par semaine » à retrouver les remboursements Stripe qui n'ont pas été répercutés dans Zendesk`],
    ['honest-reason', `On a construit exactement ce connecteur, je préfère le dire tout de suite.`],
    ['genuine-question', `ça concerne surtout les remboursements partiels, ou tous ?`],
    ['honest-reason', `Si c'est seulement les partiels, un simple webhook fera l'affaire et tu n'as pas besoin de nous.`],
  ],
  notes: `Tutoiement startup ; « votre équipe » désigne l'équipe de Camille, pas un changement de registre. Citation exacte du post, intérêt avoué, et l'expéditeur explique quand il ne sert à rien. « Merci pour l'ajout » et « Bonne journée ! » ne sont pas annotés.`,
},
{
  id: 'hfr-039', channel: 'linkedin-message', score: 74, nbsp: true,
  tags: ['filler-in-authentic', 'nbsp'],
  text: `Bonjour Florence,

Merci d'avoir accepté ma demande. J'ai visité l'exposition « Faïences de Quimper » dimanche avec mes enfants ; les cartels sont beaux, mais à hauteur d'adulte, et ma fille de 7 ans a fini sur mes épaules pour lire celui du grand plat bleu.

Nous réalisons des cartels et des audioguides pour enfants, avec des textes testés auprès de classes de CE1. Je vous joins deux exemples faits pour un musée de Lamballe.

Ce serait un plaisir de collaborer ensemble sur de beaux projets !

Cordialement,
Vincent`,
  spans: [
    ['specific-reference', `J'ai visité l'exposition « Faïences de Quimper » dimanche avec mes enfants`],
    ['concrete-detail', `les cartels sont beaux, mais à hauteur d'adulte, et ma fille de 7 ans a fini sur mes épaules pour lire celui du grand plat bleu`],
    ['concrete-detail', `des textes testés auprès de classes de CE1`],
    ['filler', `Ce serait un plaisir de collaborer ensemble sur de beaux projets !`],
  ],
  notes: `Observation vécue et précise, offre concrète avec exemples joints ; la phrase finale « collaborer ensemble sur de beaux projets » est du remplissage, le seul élément scripté.`,
},
{
  id: 'hfr-040', channel: 'inmail', score: 88, nbsp: true,
  tags: ['recruiter', 'salary-disclosed', 'nbsp'],
  text: `Bonjour Damien,

Je suis recruteuse, autant le dire d'emblée. Je vous contacte pour un poste de responsable maintenance dans une fromagerie AOP de Haute-Savoie (120 salariés), 58–62 k€ fixe, logement possible la première année.

Je vous ai trouvé via votre retour d'expérience sur le forum de l'AFIM sur la maintenance des lignes de moulage en milieu humide. C'est précisément leur problème : deux arrêts de ligne par mois l'hiver dernier.

Le point moins rose : astreinte un week-end sur trois, et le site est à 40 minutes d'Annecy. Si ce n'est pas le moment, aucun besoin de répondre.

Bien à vous,
Sarah Collomb`,
  spans: [
    ['honest-reason', `Je suis recruteuse, autant le dire d'emblée.`],
    ['concrete-detail', `un poste de responsable maintenance dans une fromagerie AOP de Haute-Savoie (120 salariés), 58–62 k€ fixe, logement possible la première année`],
    ['specific-reference', `votre retour d'expérience sur le forum de l'AFIM sur la maintenance des lignes de moulage en milieu humide`],
    ['concrete-detail', `deux arrêts de ligne par mois l'hiver dernier`],
    ['honest-reason', `Le point moins rose : astreinte un week-end sur trois, et le site est à 40 minutes d'Annecy.`],
    ['low-pressure-ask', `Si ce n'est pas le moment, aucun besoin de répondre.`],
  ],
  notes: `InMail de recrutement transparent : salaire, taille, contraintes, et la contribution précise qui a motivé le contact ; aucune réponse exigée. Espaces insécables avant « : ».`,
},
];

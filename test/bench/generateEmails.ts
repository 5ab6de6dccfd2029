/**
 * A deterministic set of outreach emails for the benchmark (seeded PRNG): EN and FR, 60–200 words,
 * mixing stock phrases, specific sentences and leftover merge tags. Written for the bench; not corpus text.
 */
export interface BenchEmail {
  lang: 'en' | 'fr';
  text: string;
  words: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOLS = {
  en: {
    greet: ['Hi Dana,', 'Hello Marcus,', 'Hi {{first_name}},', 'Dear [Name],', 'Hey Priya,'],
    scripted: [
      'I hope this email finds you well.',
      'I came across your profile and wanted to reach out.',
      'We are a leading provider of innovative, best-in-class solutions.',
      'Do you have 15 minutes for a quick call this week?',
      'Just following up on my previous email in case it got buried.',
      'I wanted to touch base and circle back on this.',
      'Our platform helps companies like yours boost revenue and streamline operations.',
      'This offer expires on Friday, so act now.',
      'I would love to pick your brain about your goals.',
      'Let me know if you are the right person to speak with at {company}.',
    ],
    specific: [
      'Your talk at the {city} ops meetup on {day} about pallet returns made me rethink our dock schedule.',
      'We cut picking time from {n} to {m} minutes at our {city} warehouse last {month}.',
      'How does your team handle the {month} peak when temporary staff join?',
      'I read your post about relabelling bins by weight and tried it with {n} pickers.',
      'Our driver app now logs {n} stops a day across {city} and two nearby towns.',
      'No need to reply if the timing is wrong; I am happy to send our notes either way.',
      'The numbers from the {month} pilot surprised us more than we expected.',
    ],
    sign: ['Best,\nSam', 'Thanks,\nLeo', 'Cheers,\nAnna'],
    cities: ['Leeds', 'Austin', 'Denver', 'Cork', 'Porto'],
    days: ['Tuesday', 'Thursday', 'Monday'],
    months: ['March', 'October', 'December'],
  },
  fr: {
    greet: ['Bonjour Claire,', 'Bonjour {Prénom},', 'Bonjour Monsieur Garnier,', 'Salut Hugo,', 'Bonjour <Prénom>,'],
    scripted: [
      "J'espère que vous allez bien.",
      "Je me permets de vous contacter car j'ai vu votre profil.",
      'Nous sommes le leader incontournable des solutions innovantes.',
      "Seriez-vous disponible pour un échange de 15 minutes cette semaine ?",
      'Je me permets de revenir vers vous suite à mon précédent message.',
      'Notre plateforme accompagne les entreprises comme la vôtre dans leur transformation.',
      "Cette offre n'est valable que jusqu'à vendredi, ne tardez pas.",
      'Quand seriez-vous disponible pour en discuter ?',
      'Je reste à votre entière disposition pour tout complément.',
    ],
    specific: [
      "Votre intervention au salon de {city} {day} sur les retours de palettes m'a fait revoir nos créneaux de quai.",
      'Nous avons réduit le temps de préparation de {n} à {m} minutes dans notre entrepôt de {city} en {month}.',
      'Comment votre équipe gère-t-elle le pic de {month} avec les intérimaires ?',
      "J'ai lu votre article sur l'étiquetage des bacs par poids et nous l'avons testé avec {n} préparateurs.",
      'Notre application chauffeur enregistre {n} arrêts par jour autour de {city}.',
      'Sinon, aucun souci : je vous envoie nos notes quoi qu’il arrive.',
    ],
    sign: ['Bien à vous,\nJulien', 'Cordialement,\nAmélie', 'Bonne journée,\nNadia'],
    cities: ['Nantes', 'Lyon', 'Lille', 'Rennes', 'Bordeaux'],
    days: ['mardi', 'jeudi', 'lundi'],
    months: ['mars', 'octobre', 'décembre'],
  },
};

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** One email of about `targetWords` words; `scriptedShare` of its sentences are stock phrases. */
export function generateEmail(rand: () => number, lang: 'en' | 'fr', targetWords: number, scriptedShare: number): BenchEmail {
  const p = POOLS[lang];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const fill = (s: string) =>
    s
      .replace(/\{city\}/g, () => pick(p.cities))
      .replace(/\{day\}/g, () => pick(p.days))
      .replace(/\{month\}/g, () => pick(p.months))
      .replace(/\{company\}/g, () => (rand() < 0.5 ? 'Northwind' : '[Company]'))
      .replace(/\{n\}/g, () => String(5 + Math.floor(rand() * 40)))
      .replace(/\{m\}/g, () => String(2 + Math.floor(rand() * 4)));
  const sentences: string[] = [];
  let words = 0;
  // Greeting and sign-off take about 4 words: stop before passing the target, never below 60 in all.
  for (;;) {
    const s = fill(rand() < scriptedShare ? pick(p.scripted) : pick(p.specific));
    if (words >= 56 && words + wordCount(s) > targetWords - 4) break;
    sentences.push(s);
    words += wordCount(s);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
  const text = `${pick(p.greet)}\n\n${paragraphs.join('\n\n')}\n\n${pick(p.sign)}\n`;
  return { lang, text, words: wordCount(text) };
}

/** The benchmark set: `count` emails, half EN half FR (shuffled), 60–200 words, scripted share 0–80 %. */
export function generateEmails(count: number, seed = 20260105): BenchEmail[] {
  const rand = seededRandom(seed);
  const out: BenchEmail[] = [];
  for (let i = 0; i < count; i++) {
    const lang = rand() < 0.5 ? 'en' : 'fr';
    out.push(generateEmail(rand, lang, 60 + Math.floor(rand() * 141), [0, 0.2, 0.5, 0.8][Math.floor(rand() * 4)]));
  }
  return out;
}

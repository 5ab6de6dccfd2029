import type { Lang } from '../types';

/**
 * The cue families of notConcrete.ts, EN and FR. Each gated family lists its gate atoms (see
 * wordAtoms.ts): every match of its RegExp holds one of them as a whole lower-cased atom (for
 * timeWord, also an atom TIME_ATOM accepts), so a sentence without any skips the RegExp. When you
 * edit a RegExp, keep its gate in step (test/unit/engine/notConcreteGates.test.ts checks each
 * branch of each RegExp against its gate).
 */
export interface Cues {
  /** "up to", "typically": a number under one of these is a segment statistic. */
  hedge: RegExp;
  /** "within 30 days", "in the first month": a claim only with a claim subject. */
  weakHedge: RegExp;
  /** "I'll be in Denver on Tuesday": a meeting pretext. */
  visit: RegExp;
  claimSubject: RegExp;
  claimVerb: RegExp;
  timeWord: RegExp;
  scheduling: RegExp;
  perks: RegExp;
  selfIntro: RegExp;
  /** Words a self-introduction opens with (its first atom starts with one; see selfIntroMayMatch). */
  selfIntroStarts: string[];
  segment: RegExp;
  numberWord: RegExp;
}

export type GatedCue = 'hedge' | 'visit' | 'timeWord' | 'perks' | 'claimSubject' | 'scheduling';
export const GATE_BITS: Record<GatedCue, number> = { hedge: 1, visit: 2, timeWord: 4, perks: 8, claimSubject: 16, scheduling: 32 };

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (body: string): RegExp => new RegExp(`${B}(?:${body})${E}`, 'iu');
const WRAP_START = `${B}(?:`;
const WRAP_END = `)${E}`;

export const CUES: Record<Lang, Cues> = {
  en: {
    hedge: re("up to|as much as|as little as|typically|on average|an average of|in (?:under|less than) \\d+|(?:more than|over) \\d[\\d,]* (?:customers|clients|companies|teams|users|businesses)"),
    weakHedge: re("within \\d+ (?:days?|weeks?|months?)|in (?:the )?first (?:\\d+ )?(?:days?|weeks?|months?|year|quarter)"),
    visit: re("i'll be in|i will be in|i'm in|i am in|i'll be around|i'm around|i'll be visiting|i'm visiting|i'll be at|i'm at"),
    claimSubject: re("(?<!your |their )(?:customers|clients|users)|our (?:customers|clients|users)|(?:practices|teams|companies|firms|businesses|operators|fleets|clinics|brands|retailers|shops|stores|contractors|restaurants|agencies|hospitals|schools|manufacturers)(?: that| who)? (?:using|use|on|with|like yours)"),
    claimVerb: re("see|saw|sees|save[sd]?|saving|reduce[sd]?|reducing|cut|cuts|increase[sd]?|boost(?:s|ed)?|improve[sd]?|grow|grew|grows|drop(?:s|ped)?|extend(?:s|ed)?|lower(?:s|ed)?|raise[sd]?|get|gets|achieve[sd]?|slash(?:es|ed)?"),
    timeWord: re("monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|tomorrow|today|tonight|this week|next week|this afternoon|this morning|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)|the \\d{1,2}(?:st|nd|rd|th)"),
    scheduling: re("work for you|works for you|(?:does|do|would|will|could) .{0,40}work|look like|looks like|are you free|you free|free (?:on|for|to|this|next)|available|availability|slot|slots|call|chat|meet|meeting|catch up|coffee|demo|calendar|hop on|jump on|grab|i'll be in|i will be in|i'm in|be around|swing by|stop by"),
    perks: re("competitive (?:salary|pay|compensation|package|base)|equity|stock options|unlimited (?:pto|vacation|holidays|time off|leave)|remote-first|fully remote|flexible (?:hours|working|schedule)|health (?:insurance|benefits)|401k|great benefits|perks"),
    selfIntro: /^(?:we|our (?:team|company|firm|agency)|at \p{Lu}[\p{L}\p{N}&'’-]*,? we)(?![\p{L}])/iu,
    selfIntroStarts: ['we', 'our', 'at'],
    segment: re("contractors|companies|teams|businesses|firms|brands|retailers|clinics|practices|operators|manufacturers|distributors|restaurants|hotels|schools|agencies|startups|smbs|smes|organizations|organisations|shops|stores|fleets|carriers|builders|owners|landlords"),
    numberWord: re("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|half"),
  },
  fr: {
    hedge: re("jusqu'à|jusqu'a|en moyenne|généralement|en général|typiquement|en seulement|en moins de \\d+|(?:plus de|près de) \\d[\\d  ]* (?:clients|entreprises|sociétés|utilisateurs|équipes)"),
    weakHedge: re("dès (?:le|les) (?:\\d+ )?premi\\p{L}+|dans les \\d+ premiers|en \\d+ (?:jours|semaines|mois)"),
    visit: re("je serai (?:à|a|de passage|dans|sur)|je passe (?:à|a|dans|par)|je suis (?:à|a|dans|sur) \\p{L}+ (?:la semaine|mardi|lundi|mercredi|jeudi|vendredi|demain)"),
    claimSubject: re("nos clients|nos utilisateurs|nos partenaires|nos clientes|(?:les )?(?:entreprises|sociétés|cabinets|équipes|structures|établissements|commerces|restaurants|artisans|transporteurs|cliniques) (?:qui (?:utilisent|ont adopté|nous font confiance|travaillent avec nous)|équipées|clientes)"),
    claimVerb: re("constat\\p{L}*|gagn\\p{L}*|économis\\p{L}*|rédui\\p{L}*|augment\\p{L}*|amélior\\p{L}*|baiss\\p{L}*|prolong\\p{L}*|divis\\p{L}*|doubl\\p{L}*|tripl\\p{L}*|voient|observent|obtiennent"),
    timeWord: re("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|ce soir|cette semaine|la semaine prochaine|cet après-midi|ce matin|\\d{1,2}\\s?h(?:\\d{2})?"),
    scheduling: re("disponible|disponibles|dispo|dispos|disponibilité|disponibilités|créneau|créneaux|appel|échange|échanger|rendez-vous|rdv|libre|café|visio|je serai|je serai de passage|je passe|ça vous va|cela vous convient|vous convient|te convient|ça te va|ça vous dit|ça te dit"),
    perks: re("salaire (?:attractif|compétitif|motivant)|rémunération (?:attractive|compétitive|motivante)|package (?:attractif|compétitif)|télétravail|full remote|mutuelle|tickets? resto|tickets? restaurant|rtt|intéressement|participation|avantages"),
    selfIntro: /^(?:nous|notre (?:équipe|société|entreprise|cabinet|agence)|chez \p{Lu}[\p{L}\p{N}&'’-]*,? nous)(?![\p{L}])/iu,
    selfIntroStarts: ['nous', 'notre', 'chez'],
    segment: re("artisans|entreprises|sociétés|pme|tpe|eti|cabinets|commerces|restaurants|hôtels|collectivités|établissements|industriels|transporteurs|marques|enseignes|agences|startups|équipes|organisations|professionnels|propriétaires|syndics|bailleurs|distributeurs|fabricants"),
    numberWord: re("deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|douzaine|cent|cents|mille|moitié"),
  },
};

/** Gate atoms per gated family (see the note at the top). */
export const GATES: Record<Lang, Record<GatedCue, string[]>> = {
  en: {
    hedge: ['up', 'much', 'little', 'typically', 'average', 'under', 'less', 'more', 'over'],
    visit: ['i'],
    timeWord: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri',
      'tomorrow', 'today', 'tonight', 'week', 'afternoon', 'morning', 'am', 'pm'],
    perks: ['competitive', 'equity', 'stock', 'unlimited', 'remote', 'fully', 'flexible', 'health', '401k', 'benefits', 'perks'],
    claimSubject: ['customers', 'clients', 'users', 'practices', 'teams', 'companies', 'firms', 'businesses', 'operators', 'fleets', 'clinics', 'brands',
      'retailers', 'shops', 'stores', 'contractors', 'restaurants', 'agencies', 'hospitals', 'schools', 'manufacturers'],
    scheduling: ['work', 'works', 'does', 'do', 'would', 'will', 'could', 'look', 'looks', 'free', 'available', 'availability', 'slot', 'slots', 'call',
      'chat', 'meet', 'meeting', 'catch', 'coffee', 'demo', 'calendar', 'hop', 'jump', 'grab', 'be', 'm', 'swing', 'stop'],
  },
  fr: {
    hedge: ['jusqu', 'moyenne', 'généralement', 'général', 'typiquement', 'seulement', 'moins', 'plus', 'près'],
    visit: ['serai', 'passe', 'suis'],
    timeWord: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'aujourd', 'soir', 'semaine', 'après', 'matin', 'h'],
    perks: ['salaire', 'rémunération', 'package', 'télétravail', 'remote', 'mutuelle', 'resto', 'restaurant', 'rtt', 'intéressement', 'participation', 'avantages'],
    claimSubject: ['clients', 'utilisateurs', 'partenaires', 'clientes', 'entreprises', 'sociétés', 'cabinets', 'équipes', 'structures', 'établissements',
      'commerces', 'restaurants', 'artisans', 'transporteurs', 'cliniques'],
    scheduling: ['disponible', 'disponibles', 'dispo', 'dispos', 'disponibilité', 'disponibilités', 'créneau', 'créneaux', 'appel', 'échange', 'échanger',
      'rendez', 'rdv', 'libre', 'café', 'visio', 'serai', 'passe', 'va', 'convient', 'dit'],
  },
};

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Atoms (starting with a digit, or h and a digit) that can hold timeWord's clock time or day ("3pm", "10:30am"
 * → "30am", "the 9th"; « 14h », « 14h30 », « 9 h30 »): the unit glued to the digits; a unit on its
 * own ("pm", « h ») is in the gate list.
 */
export const TIME_ATOM: Record<Lang, RegExp> = {
  en: /^[0-9].*(?:am|pm|st|nd|rd|th)$/,
  fr: /^[0-9].*h|^h[0-9]/,
};

/** "typically", "on average": a segment-wide statistic rather than a superlative. */
export const STATISTIC: Record<Lang, RegExp> = {
  en: re('typically|on average|an average of|usually|generally|in most cases'),
  fr: re('en moyenne|généralement|en général|typiquement|habituellement|dans la plupart des cas'),
};

/**
 * Sure atoms: a family's top-level alternatives that are one plain word ("tomorrow", « demain »).
 * Its RegExp matches wherever such a word is a whole atom, so the answer is known without running
 * it — unless the text holds İ, the one letter whose lower case (i + dot) splits an atom the
 * RegExp sees whole. Their bits are the gate bits shifted by SURE_SHIFT.
 */
export const SURE_SHIFT = 8;

/** The top-level alternatives of a bounded family's body that are one lower-case word. */
export function sureWords(re: RegExp): string[] {
  const body = re.source.slice(WRAP_START.length, -WRAP_END.length);
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i + 1 < body.length && body[i + 1] !== ']') i += body[i + 1] === '\\' ? 2 : 1;
      i++; // the closing ]
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(body.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(body.slice(start));
  return alternatives.filter((a) => /^[\p{Ll}\p{N}]+$/u.test(a));
}

/**
 * Gate atom → bits of the families it opens (and, shifted, of those it settles), per language.
 * The families are case-insensitive RegExps and the atoms lower-cased text; the one letter whose
 * case folding differs from its lower case among the gate atoms' letters is ſ (folds to s): a text
 * holding it must open every gate (ALL_GATE_BITS).
 */
export const GATE_TABLES: Record<Lang, ReadonlyMap<string, number>> = { en: gateTable('en'), fr: gateTable('fr') };
export const ALL_GATE_BITS = Object.values(GATE_BITS).reduce((a, b) => a | b, 0);

function gateTable(lang: Lang): Map<string, number> {
  const table = new Map<string, number>();
  const add = (w: string, bit: number): void => void table.set(w, (table.get(w) ?? 0) | bit);
  for (const [cue, atoms] of Object.entries(GATES[lang]) as [GatedCue, string[]][]) {
    for (const a of atoms) add(a, GATE_BITS[cue]);
    for (const w of sureWords(CUES[lang][cue])) add(w, GATE_BITS[cue] | (GATE_BITS[cue] << SURE_SHIFT));
  }
  return table;
}

/** The timeWord bit for an atom TIME_ATOM accepts (only atoms with a digit can be one). */
export function timeAtomBits(atom: string, lang: Lang): number {
  const c = atom.charCodeAt(0);
  const digitLed = isDigit(c);
  if (!digitLed && !(c === 104 && isDigit(atom.charCodeAt(1)))) return 0;
  // Cheap necessary conditions first: an English unit ends the atom, a French one is an h in it.
  if (lang === 'en' ? !digitLed || atom.length < 3 || !isLetterCode(atom.charCodeAt(atom.length - 1)) : !atom.includes('h')) return 0;
  return TIME_ATOM[lang].test(atom) ? GATE_BITS.timeWord : 0;
}

const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;

import type { Lang } from '../types';

/**
 * Sentences that hold numbers or names without being concrete detail about this recipient or
 * this offer: the sender's benefit claims, time proposals, job-ad perks and a company
 * self-introduction to a whole segment. Each test is a cue family, EN and FR.
 */
export type NotConcreteReason = 'claim' | 'scheduling' | 'perks' | 'self-intro';

interface Cues {
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
  segment: RegExp;
  numberWord: RegExp;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (body: string): RegExp => new RegExp(`${B}(?:${body})${E}`, 'iu');

/** The literals of NUMERIC_CLAIM's digit-free branches (same flags): a cheap gate before it. */
const MULTIPLIER_WORD = /doubl|tripl|halve|divis/iu;

/** Percentages and multipliers: 30%, 3x, ×2, 2,5 fois, "double", « divisé par deux ». */
const NUMERIC_CLAIM = /\d\s?(?:%|x(?![\p{L}\p{N}])|×)|(?<![\p{L}])x\s?\d|\d+(?:[.,]\d+)?\s+fois(?![\p{L}])|(?<![\p{L}])(?:double[sd]?|triple[sd]?|halve[sd]?|doubl\p{L}*|tripl\p{L}*|divis\p{L}* par (?:deux|trois|\d+))(?![\p{L}])/iu;

const CUES: Record<Lang, Cues> = {
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
    segment: re("artisans|entreprises|sociétés|pme|tpe|eti|cabinets|commerces|restaurants|hôtels|collectivités|établissements|industriels|transporteurs|marques|enseignes|agences|startups|équipes|organisations|professionnels|propriétaires|syndics|bailleurs|distributeurs|fabricants"),
    numberWord: re("deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|douzaine|cent|cents|mille|moitié"),
  },
};

/** "typically", "on average": a segment-wide statistic rather than a superlative. */
const STATISTIC: Record<Lang, RegExp> = {
  en: re('typically|on average|an average of|usually|generally|in most cases'),
  fr: re('en moyenne|généralement|en général|typiquement|habituellement|dans la plupart des cas'),
};

/** A sender benefit claim, and whether it is phrased as a segment statistic ("typically", « en moyenne »). */
export function claimForm(text: string, lang: Lang, scope?: object): 'claim' | 'statistic' | undefined {
  if (notConcreteReason(text, lang, scope) !== 'claim') return undefined;
  return STATISTIC[lang].test(text.replace(/’/g, "'")) ? 'statistic' : 'claim';
}

const RANGE = /\d\s?[–-]\s?\d+\s?%/;

/**
 * Answers by draft (the `scope`, e.g. its DraftView) and sentence text: several rules
 * (benefit-claim × forms, concrete-detail) ask about the same sentences of a draft, and each
 * answer costs several Unicode regex scans. Pure functions of (text, lang), so the memo changes
 * nothing but the time; it lives as long as the scope object, so nothing is shared across drafts.
 */
const memos = new WeakMap<object, Map<string, NotConcreteReason | boolean | null>>();
function memo<T extends NotConcreteReason | boolean | null>(scope: object | undefined, key: string, compute: () => T): T {
  if (!scope) return compute();
  let cache = memos.get(scope);
  if (!cache) memos.set(scope, (cache = new Map()));
  const hit = cache.get(key);
  if (hit !== undefined) return hit as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** Why a sentence with specifics is still not concrete detail, or undefined when it may be. */
export function notConcreteReason(text: string, lang: Lang, scope?: object): NotConcreteReason | undefined {
  return memo(scope, `r${lang}${text}`, () => computeReason(text, lang) ?? null) ?? undefined;
}

/** The cue tests, each run only when its answer can still change the result. */
function computeReason(text: string, lang: Lang): NotConcreteReason | undefined {
  const c = CUES[lang];
  const lower = text.replace(/’/g, "'").replace(/[\u00a0\u202f]/g, ' ');
  const anyNumber = /\d/.test(lower);
  const pct = (anyNumber || MULTIPLIER_WORD.test(lower)) && NUMERIC_CLAIM.test(lower);
  const subject = c.claimSubject.test(lower);
  let verbSeen: boolean | undefined;
  let weakSeen: boolean | undefined;
  const verb = (): boolean => (verbSeen ??= c.claimVerb.test(lower));
  const weak = (): boolean => (weakSeen ??= c.weakHedge.test(lower));
  if ((pct || anyNumber) && c.hedge.test(lower) && (pct || subject || verb())) return 'claim';
  if (subject && (pct || !anyNumber || weak()) && verb()) return 'claim';
  if (subject && pct && weak() && !RANGE.test(lower)) return 'claim';
  if (c.visit.test(lower) && c.timeWord.test(lower)) return 'scheduling';
  if (!anyNumber && c.perks.test(lower)) return 'perks';
  if (anyNumber) return undefined;
  const trimmed = lower.replace(/^[^\p{L}]+/u, '');
  if (c.selfIntro.test(trimmed) && c.segment.test(lower) && !c.numberWord.test(lower)) return 'self-intro';
  return undefined;
}

/** A sentence proposing a time ("Does tomorrow or Friday work?", « Jeudi 14 h, ça vous va ? »). */
export function isTimeProposal(text: string, lang: Lang, scope?: object): boolean {
  return memo(scope, `t${lang}${text}`, () => computeTimeProposal(text, lang));
}

function computeTimeProposal(text: string, lang: Lang): boolean {
  const c = CUES[lang];
  const lower = text.replace(/’/g, "'");
  return c.timeWord.test(lower) && (c.scheduling.test(lower) || /[?？]\s*$/.test(lower.trim()));
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/;
const CLOCK = /^\d{1,2}(?::\d{2}|h\d{0,2}|am|pm|st|nd|rd|th)?$/;
const CLOCK_UNIT = /^(?:am|pm|h|a\.m|p\.m)$/;

/** A weekday, a clock time or a day of the month: what a time proposal is made of. */
export function isTimeToken(lower: string, nextLower: string | undefined): boolean {
  if (WEEKDAY.test(lower)) return true;
  if (!CLOCK.test(lower)) return false;
  return /\D/.test(lower) || (nextLower !== undefined && CLOCK_UNIT.test(nextLower));
}

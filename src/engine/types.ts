/**
 * The engine's nouns. Pure data: no `vscode`, no network, no filesystem.
 * Offsets are always UTF-16 code units into the *document* text, end exclusive
 * (JavaScript `text.slice(start, end)`), even when a document holds several drafts.
 */

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

export type Channel = 'email' | 'linkedin-connection' | 'linkedin-message' | 'inmail';
export const CHANNELS: readonly Channel[] = ['email', 'linkedin-connection', 'linkedin-message', 'inmail'];

export type FindingKind = 'scripted' | 'authentic';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export const SCRIPTED_CATEGORIES = [
  'cliche-opener', 'fake-personalization', 'gatekeeper-script', 'filler', 'jargon-buzzword', 'hype',
  'pushy-cta', 'false-urgency', 'self-centered', 'generic-value-prop', 'merge-tag', 'mass-blast',
  'guilt-follow-up',
  /** Structural/metric findings that are not phrase-level (length, channel limits, reading ease, tu/vous mix). */
  'structure',
] as const;
export const AUTHENTIC_CATEGORIES = [
  'specific-reference', 'concrete-detail', 'honest-reason', 'genuine-question', 'low-pressure-ask', 'own-voice',
] as const;
export type ScriptedCategory = (typeof SCRIPTED_CATEGORIES)[number];
export type AuthenticCategory = (typeof AUTHENTIC_CATEGORIES)[number];
export type Category = ScriptedCategory | AuthenticCategory;

export function kindOfCategory(category: Category): FindingKind {
  return (AUTHENTIC_CATEGORIES as readonly string[]).includes(category) ? 'authentic' : 'scripted';
}

/** Typed slices of a draft. `frontmatter`, `subject`, `signature` and `quoted` are never coached. */
export type SegmentKind =
  | 'frontmatter' | 'subject' | 'greeting' | 'opener' | 'body' | 'ask' | 'signoff' | 'ps' | 'signature' | 'quoted';
export const UNCOACHED_SEGMENTS: readonly SegmentKind[] = ['frontmatter', 'subject', 'signature', 'quoted'];

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  kind: SegmentKind;
}

export interface Sentence extends Span {
  /** Index into Draft.segments of the segment holding the sentence start. */
  segment: number;
}

/** Where a language/channel value came from (shown to the user). */
export type ValueSource = 'option' | 'frontmatter' | 'detected' | 'default';

export interface Recipient {
  name?: string;
  company?: string;
  role?: string;
  notes?: string;
}

export interface FrontMatter {
  channel?: Channel;
  lang?: Lang;
  subject?: string;
  premium?: boolean;
  to?: Recipient;
  /** Any other keys, kept as raw strings. */
  extra: Record<string, string>;
}

/** An inline suppression comment: `<!-- unscripted-disable-next-line rule-id -->` (FR: `unscripted-desactiver-ligne-suivante`). */
export interface Suppression extends Span {
  /** 'next-line' silences the following line, 'line' its own line, 'file' the whole draft. */
  scope: 'next-line' | 'line' | 'file';
  /** Empty = all rules. */
  ruleIds: string[];
  /** The document line the suppression applies to (0-based); -1 for 'file'. */
  targetLine: number;
}

/** One message inside a document. */
export interface Draft extends Span {
  index: number;
  /** The whole document text (offsets index into it). */
  text: string;
  /** Where the coached content starts (after front matter), for convenience. */
  bodyStart: number;
  frontMatter: FrontMatter;
  /** Subject: from front matter, a `Subject:`/`Objet :` line, or the option. Range is set only when it is in the text. */
  subject?: { text: string; start?: number; end?: number };
  lang: Lang;
  langSource: ValueSource;
  /** Confidence 0..1 of the language decision (1 for overrides). */
  langConfidence: number;
  channel: Channel;
  channelSource: ValueSource;
  segments: Segment[];
  sentences: Sentence[];
  suppressions: Suppression[];
}

export interface Suggestion {
  /** Short label for a quick fix ("Replace with “Hi Sam,”", "Remove"). */
  label: string;
  /** Replacement text for [start, end). Empty string = delete. */
  replacement: string;
  start: number;
  end: number;
}

export interface SourceRef {
  /** Pack file path as given to the loader (built-ins: `packs/en/openers.yaml`). */
  file: string;
  /** 1-based line of the rule in the pack file. */
  line: number;
}

export interface Finding extends Span {
  ruleId: string;
  packId: string;
  kind: FindingKind;
  category: Category;
  severity: Severity;
  /** In the UI language. */
  message: string;
  /** Why it reads as scripted / why it works, in the UI language. */
  why?: string;
  /** What a buyer hears (scripted) — optional coaching line. */
  buyerHears?: string;
  /** What to do instead, with a short example. */
  instead?: string;
  suggestions: Suggestion[];
  segment: SegmentKind;
  /** Rule weight (positive number); the score item says how many points it actually moved. */
  weight: number;
  source?: SourceRef;
  docsUrl?: string;
}

export interface ScoreItem {
  /** Human explanation ("2 × cliché opener", "specific reference"). */
  label: string;
  /** Signed points this item moved the score by. */
  points: number;
  kind: 'base' | 'scripted' | 'authentic' | 'adjustment';
  category?: Category;
  /** Indexes into DraftAnalysis.findings that this item accounts for. */
  findings: number[];
}

export interface Score {
  /** 0..100, higher = more authentic. Equals clamp(sum of item points). */
  value: number;
  items: ScoreItem[];
}

export interface DraftMetrics {
  words: number;
  characters: number;
  sentences: number;
  questions: number;
  /** Sentences whose subject is the sender (I/we, je/nous) vs the recipient (you, vous/tu). */
  selfSentences: number;
  youSentences: number;
  /** Reading ease: Flesch (en) / Kandel–Moles (fr); higher = easier. */
  readingEase: number;
  readingTimeSeconds: number;
  /** The channel's limit being measured (characters or words) and its unit. */
  channelLimit?: { unit: 'characters' | 'words'; value: number; max: number; min?: number; source: string };
}

export interface DraftAnalysis {
  draft: Draft;
  /** Sorted by start, then end, then ruleId. Suppressed findings are removed. */
  findings: Finding[];
  score: Score;
  metrics: DraftMetrics;
}

export interface DocumentAnalysis {
  drafts: DraftAnalysis[];
  /** Problems with the rule set (broken packs) — reported, never fatal. */
  packErrors: PackError[];
}

// ---------------------------------------------------------------- rules and packs

export type RuleKind = 'phrase' | 'pattern' | 'placeholder' | 'metric' | 'channel' | 'signal';
export const RULE_KINDS: readonly RuleKind[] = ['phrase', 'pattern', 'placeholder', 'metric', 'channel', 'signal'];

/** A text given in one language or several. The engine picks the UI language, then the pack's, then any. */
export type LocalizedText = string | Partial<Record<Lang, string>>;

export interface RuleExamples {
  flagged: string[];
  clean: string[];
}

export interface RuleDef {
  id: string;
  kind: RuleKind;
  category: Category;
  severity: Severity;
  /** Points at stake (default by category). */
  weight?: number;
  message: LocalizedText;
  why?: LocalizedText;
  buyerHears?: LocalizedText;
  instead?: LocalizedText;
  /** Replacements offered as quick fixes; "" means "remove". May use $1… for pattern groups. */
  suggestions?: string[];
  /** phrase: stock phrases; alternatives with `(a|b)`, optional words with `[word]`. */
  phrases?: string[];
  /** pattern: a JavaScript regular expression (flags default `iu`). */
  pattern?: string;
  flags?: string;
  /** metric/channel/signal: which built-in detector, and its parameters. */
  detector?: string;
  params?: Record<string, unknown>;
  /** Restrict to these channels / segment kinds (default: all coached segments). */
  channels?: Channel[];
  segments?: SegmentKind[];
  /** Documentation or evidence link (channel limits cite their source here). */
  link?: string;
  examples?: RuleExamples;
  enabled?: boolean;
}

export interface PackDef {
  id: string;
  version?: string;
  /** Language the pack's rules apply to; 'any' applies to both. */
  lang: Lang | 'any';
  name?: string;
  description?: string;
  rules: RuleDef[];
}

export interface PackError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  ruleId?: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface AnalyzeOptions {
  /** Override the detected language. */
  lang?: Lang;
  /** Override the channel (default: front matter, else 'email'). */
  channel?: Channel;
  /** Subject line given outside the text (batch input). */
  subject?: string;
  /** Language for messages (default: the draft's language). */
  uiLang?: Lang;
  /** LinkedIn Premium (300-character connection notes instead of 200). */
  premium?: boolean;
  /**
   * Merge findings that describe the same words (one squiggle per stretch; default true).
   * `false` keeps every rule's own findings, e.g. to check that a rule fires on its examples.
   */
  mergeFindings?: boolean;
}

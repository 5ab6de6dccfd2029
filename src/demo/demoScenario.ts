import { parse } from 'yaml';
import { CHANNELS, LANGS } from '../engine/types';
import type { Channel, Lang } from '../engine/types';

/** A text in both UI languages. */
export type Bilingual = Record<Lang, string>;

/** One fix of a demo: replace the only occurrence of `find` in the current text by `replace`. */
export interface DemoStep {
  find: string;
  replace: string;
  /** What the trainer says about this fix. */
  note: Bilingual;
}

/** A bad → good scenario of the trainer gallery (`media/demo/*.yaml`). */
export interface DemoScenario {
  id: string;
  /** Language of the drafts. */
  lang: Lang;
  channel: Channel;
  title: Bilingual;
  /** Trainer notes: what to point at, what to ask the room. */
  notes: Bilingual;
  bad: string;
  good: string;
  steps: DemoStep[];
}

function bilingual(value: unknown, where: string): Bilingual {
  if (typeof value === 'string') return { en: value, fr: value };
  const v = value as Partial<Bilingual> | undefined;
  if (!v || typeof v.en !== 'string' || typeof v.fr !== 'string') throw new Error(`${where}: needs "en" and "fr" texts`);
  return { en: v.en, fr: v.fr };
}

function text(value: unknown, where: string, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value.length === 0)) throw new Error(`${where}: expected a text`);
  return value;
}

/** Parses and checks one scenario file; throws with the file name on any problem. */
export function parseDemoScenario(yamlText: string, file: string): DemoScenario {
  const raw = parse(yamlText) as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object') throw new Error(`${file}: not a YAML mapping`);
  const lang = raw.lang as Lang;
  const channel = raw.channel as Channel;
  if (!LANGS.includes(lang)) throw new Error(`${file}: lang must be one of ${LANGS.join(', ')}`);
  if (!CHANNELS.includes(channel)) throw new Error(`${file}: channel must be one of ${CHANNELS.join(', ')}`);
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) throw new Error(`${file}: steps must be a non-empty list`);
  const scenario: DemoScenario = {
    id: text(raw.id, `${file}: id`),
    lang,
    channel,
    title: bilingual(raw.title, `${file}: title`),
    notes: bilingual(raw.notes, `${file}: notes`),
    bad: text(raw.bad, `${file}: bad`),
    good: text(raw.good, `${file}: good`),
    steps: (raw.steps as Record<string, unknown>[]).map((s, i) => ({
      find: text(s?.find, `${file}: step ${i + 1} find`),
      replace: text(s?.replace ?? '', `${file}: step ${i + 1} replace`, true),
      note: bilingual(s?.note, `${file}: step ${i + 1} note`),
    })),
  };
  playDemoScenario(scenario, file);
  return scenario;
}

/** Where a step's replacement lands in the text it applies to. */
export interface AppliedStep {
  start: number;
  end: number;
  replacement: string;
}

/** Locates `step` in `current`: it must occur exactly once. */
export function locateStep(current: string, step: DemoStep, where = 'step'): AppliedStep {
  const start = current.indexOf(step.find);
  if (start < 0) throw new Error(`${where}: "${step.find}" is not in the text`);
  if (current.indexOf(step.find, start + 1) >= 0) throw new Error(`${where}: "${step.find}" occurs more than once`);
  return { start, end: start + step.find.length, replacement: step.replace };
}

/** Every text of the scenario: the bad draft, then the text after each step. The last one must be the good draft. */
export function playDemoScenario(scenario: DemoScenario, file = scenario.id): string[] {
  const texts = [scenario.bad];
  scenario.steps.forEach((step, i) => {
    const current = texts[texts.length - 1];
    const at = locateStep(current, step, `${file}: step ${i + 1}`);
    texts.push(current.slice(0, at.start) + at.replacement + current.slice(at.end));
  });
  if (texts[texts.length - 1] !== scenario.good) throw new Error(`${file}: the steps do not end on the good draft`);
  return texts;
}

/**
 * The messages sent to the model (pure). Everything here is already pseudonymised by the caller:
 * the draft, the quoted findings and the voice excerpts.
 */
import type { Channel, Lang } from '../engine/types';
import type { ChatMessage } from './openaiClient';
import type { Address } from './voice/voiceTraits';

export interface PromptFinding {
  /** The words of the draft the finding covers (pseudonymised). */
  text: string;
  category: string;
  message: string;
  why?: string;
  instead?: string;
}

export interface PromptInput {
  draft: string;
  lang: Lang;
  channel: Channel;
  limit?: { unit: 'characters' | 'words'; max: number; min?: number };
  /** How the draft addresses the reader (French). */
  address: Address;
  scripted: PromptFinding[];
  authentic: PromptFinding[];
  /** describeVoice() of the rep's profile, or of the draft itself when there is no profile. */
  voice: string;
  /** Short lines from the rep's past messages (pseudonymised). */
  excerpts: string[];
  /** The rewrite is of a selection, not a whole message. */
  selection?: boolean;
}

const CHANNEL_NAMES: Record<Channel, string> = {
  email: 'a cold email',
  'linkedin-connection': 'a LinkedIn connection note',
  'linkedin-message': 'a LinkedIn message',
  inmail: 'a LinkedIn InMail',
};

function rules(input: PromptInput): string[] {
  const language = input.lang === 'fr' ? 'French' : 'English';
  const out = [
    `Write in ${language}, the language of the draft.`,
    'Keep every fact exactly: every number, amount, percentage, date, time, name, company, place, product, URL, email address and phone number in the draft must appear in your rewrite, unchanged.',
    'Invent nothing: no new names, numbers, dates, customers, results, claims, links or details that are not in the draft.',
    'Tokens like ⟦PERSON_1⟧, ⟦EMAIL_1⟧, ⟦PHONE_1⟧ and ⟦URL_1⟧ stand for real names, emails, phone numbers and links. Copy them exactly as they are, brackets included; never add new ones.',
    'Do not add merge tags or blanks to fill in ({{first_name}}, [Company], <Prénom>, XXX).',
    'Remove or rephrase the scripted parts listed below; keep the authentic parts listed below, in substance.',
    'Sound like the sender described below: their formality, sentence length, punctuation habits, greeting and sign-off. Do not make it more formal or more enthusiastic than they are.',
    'Output only the rewritten message: no preamble, no explanation, no quotation marks around it, no subject line unless the draft has one.',
  ];
  if (input.lang === 'fr' && (input.address === 'tu' || input.address === 'vous')) {
    out.splice(1, 0, `Address the reader with "${input.address}" exactly as the draft does; never switch between tu and vous.`);
  }
  if (input.limit) {
    out.push(`Stay within ${input.limit.max} ${input.limit.unit}${input.limit.min ? ` (and above ${input.limit.min})` : ''}: this is ${CHANNEL_NAMES[input.channel]}.`);
  }
  if (input.selection) out.push('This is a part of a longer message: rewrite only this part, with no greeting or sign-off unless it has one.');
  return out;
}

function listFindings(findings: PromptFinding[], withWhy: boolean): string {
  if (!findings.length) return '(none)';
  return findings
    .map((f) => {
      const why = withWhy && f.why ? ` Why: ${f.why}` : '';
      const instead = withWhy && f.instead ? ` Instead: ${f.instead}` : '';
      const where = f.text ? `"${f.text}"` : '(the whole draft)';
      return `- ${where} — ${f.category}: ${f.message}${why}${instead}`;
    })
    .join('\n');
}

export function buildPrompt(input: PromptInput): ChatMessage[] {
  const system = [
    'You edit sales outreach so it stops sounding scripted and still sounds like the person who wrote it.',
    'Hard rules:',
    ...rules(input).map((r, i) => `${i + 1}. ${r}`),
  ].join('\n');
  const user = [
    `Channel: ${CHANNEL_NAMES[input.channel]}.`,
    '',
    'Scripted parts to remove or rephrase:',
    listFindings(input.scripted, true),
    '',
    'Authentic parts to keep:',
    listFindings(input.authentic, false),
    '',
    'The sender\'s voice:',
    input.voice || '(no description)',
    ...(input.excerpts.length ? ['', 'Lines the sender wrote before (for tone only; do not reuse their content):', ...input.excerpts.map((e) => `> ${e}`)] : []),
    '',
    'Draft to rewrite (between the lines):',
    '-----',
    input.draft,
    '-----',
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** Models sometimes wrap the answer in fences, quotes or the draft markers; take them off. */
export function cleanModelOutput(text: string): string {
  let t = text.trim();
  t = t.replace(/^```[a-z]*\n([\s\S]*?)\n```$/u, '$1').trim();
  t = t.replace(/^-----\n([\s\S]*?)\n-----$/u, '$1').trim();
  if (/^"[\s\S]*"$/.test(t) && !t.slice(1, -1).includes('"')) t = t.slice(1, -1);
  return t;
}

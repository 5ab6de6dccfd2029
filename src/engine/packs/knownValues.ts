import {
  AUTHENTIC_CATEGORIES, CHANNELS, RULE_KINDS, SCRIPTED_CATEGORIES, SEVERITIES, type SegmentKind,
} from '../types';

/** The closed vocabularies a pack may use (checked by parsePack). */
export const SEGMENT_KINDS: readonly SegmentKind[] = [
  'frontmatter', 'subject', 'greeting', 'opener', 'body', 'ask', 'signoff', 'ps', 'signature', 'quoted',
];
export const CATEGORIES: readonly string[] = [...SCRIPTED_CATEGORIES, ...AUTHENTIC_CATEGORIES];
export const PACK_LANGS: readonly string[] = ['en', 'fr', 'any'];

export const PACK_FIELDS: readonly string[] = ['id', 'version', 'lang', 'name', 'description', 'rules', '$schema'];
export const RULE_FIELDS: readonly string[] = [
  'id', 'kind', 'category', 'severity', 'weight', 'segments', 'channels', 'phrases', 'pattern', 'flags',
  'detector', 'params', 'message', 'why', 'buyerHears', 'instead', 'suggestions', 'link', 'examples', 'enabled',
];

export const KNOWN = {
  kind: RULE_KINDS as readonly string[],
  category: CATEGORIES,
  severity: SEVERITIES as readonly string[],
  channel: CHANNELS as readonly string[],
  segment: SEGMENT_KINDS as readonly string[],
};

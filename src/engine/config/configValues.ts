import {
  AUTHENTIC_CATEGORIES, CHANNELS, LANGS, SCRIPTED_CATEGORIES, SEVERITIES,
  type Category, type Channel, type Lang, type Severity,
} from '../types';

/** Type guards for the closed vocabularies a config may use. */
export const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
export const isChannel = (v: unknown): v is Channel => typeof v === 'string' && (CHANNELS as readonly string[]).includes(v);
export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);
export const isCategory = (v: unknown): v is Category =>
  typeof v === 'string' && ([...SCRIPTED_CATEGORIES, ...AUTHENTIC_CATEGORIES] as readonly string[]).includes(v);

import type { Channel, Lang } from '../types';

const CHANNEL_ALIASES: Record<string, Channel> = {
  email: 'email', mail: 'email', 'e-mail': 'email', courriel: 'email', 'cold-email': 'email',
  linkedin: 'linkedin-connection', 'linkedin-connection': 'linkedin-connection', 'linkedin-note': 'linkedin-connection',
  connection: 'linkedin-connection', 'connection-note': 'linkedin-connection', invitation: 'linkedin-connection',
  inmail: 'inmail', 'linkedin-inmail': 'inmail',
  message: 'linkedin-message', dm: 'linkedin-message', 'linkedin-message': 'linkedin-message', 'linkedin-dm': 'linkedin-message',
};

/** Channel from a user-written value (`LinkedIn note`, `e-mail`, `DM`…); undefined when unknown. */
export function normalizeChannel(value: string): Channel | undefined {
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return CHANNEL_ALIASES[key];
}

const LANG_ALIASES: Record<string, Lang> = {
  en: 'en', eng: 'en', english: 'en', anglais: 'en',
  fr: 'fr', fra: 'fr', fre: 'fr', french: 'fr', français: 'fr', francais: 'fr',
};

/** Language from `en`, `fr-CA`, `French`, `français`…; undefined when unknown. */
export function normalizeLang(value: string): Lang | undefined {
  const key = value.trim().toLowerCase();
  return LANG_ALIASES[key] ?? LANG_ALIASES[key.split(/[-_]/)[0]];
}

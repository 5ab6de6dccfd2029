import fc from 'fast-check';

/**
 * Pieces that stress the character-code fast paths: ASCII and accented letters (precomposed and
 * combining), ' vs ’, joiners, NBSP/U+202F/zero-width/BOM/line separators, CRLF and lone CR,
 * surrogate pairs (astral letters, emoji) and lone halves, terminals, closers, bullets, digits of
 * other scripts, Greek sigma, dotted I, stop words and elisions of both languages.
 */
export const TRICKY_PIECES = [
  'a', 'Z', 'e', 'y', 'k', 'w', 'h', 's', '7', '_', "'", '’', '.', '-', ' ', '  ', '\t', '\u00a0', '\u202f', '\u2009',
  '\u200b', '\ufeff', '\u2028', '\n', '\r\n', '\r', '\n\n', 'é', 'É', 'è', 'ç', 'œ', 'Œ', 'æ', 'ï', 'e\u0301', '\u0301',
  'ß', 'İ', 'Σ', 'σ', 'ς', 'ª', '٣', 'Ⅻ', '𝐀', '𝐚', '𝟙', '😀', '🚀', '\ud835', '\udc00', '!', '?', ';', ':', ',', '»',
  '«', '…', '‼', '。', '"', '”', ')', ']', '•', '–', '→', '°', '*', '1.', '2)', 'a)', 'Mr.', 'e.g.', 'J.', 'Dr', 'the',
  'The', 'you', 'vous', 'Vous', 'je', 'l', 'qu', 'jusqu', 'aujourd', 'hui', 'n', 't', 're', 'll', 'at', 'from', 'chez',
  'Acme', 'we', 'I', 'my', 'nous', 'ing', 'ness', 'ship', 'ique', 'ettes', 'eaux', 'aient', 'ées', 'ième', 'ight', 'ey',
  'oy', 'ck', 'eur', 'ez', 'ès', 'Thanks', 'Best', 'Cordialement', 'merci', 'Sam', 'Léa', 'Anne-Marie', 'O’Neil',
];

/** Random text made of tricky pieces and random grapheme strings. */
export const trickyText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...TRICKY_PIECES), { maxLength: 60 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

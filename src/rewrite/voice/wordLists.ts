/**
 * Small fixed word lists for voice traits. Style, not topic: function words, contraction
 * opportunities, spelling variants, discourse markers. Lower case; apostrophes normalised to '.
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

export const FUNCTION_WORDS_EN = words(`the a an and but or so to of in on at for with about from by as if that this these
it its i me my we our us you your they their he she is are was be been have has had do does did will would can could
should just really very also still then there here what how when not no`);

export const FUNCTION_WORDS_FR = words(`le la les un une des du de d et mais ou donc à au aux en dans sur pour par avec sans
que qui ce cette ces c il elle on nous vous tu je j me m te t mon ma mes notre nos votre vos ton ta tes est sont être
avoir ai a suis pas ne n plus aussi très bien déjà encore là y`);

/** Words only one of the two languages uses, for a quick FR share (no engine needed). */
export const LANG_CUES_EN = new Set(words(`the and you your is are was have with for this that what how we our it i to of be would will`));
export const LANG_CUES_FR = new Set(words(`le la les et vous votre est sont avec pour ce cette qui que nous notre je de des une un du pas`));

export const TU_FORMS = new Set(words(`tu te t toi ton ta tes`));
export const VOUS_FORMS = new Set(words(`vous votre vos`));

/** Uncontracted EN forms a casual writer would have contracted ("do not" → "don't"). */
export const EN_UNCONTRACTED =
  /\b(?:(?:do|does|did|is|are|was|were|have|has|had|would|could|should|will) not|cannot|i am|i have been|i will|i would|we are|we will|we have been|you are|you will|they are|it is|that is|there is|let us|i shall)\b/giu;
/** EN contractions (possessive 's excluded: only after pronoun-like words). */
export const EN_CONTRACTED =
  /\b(?:\p{L}+n['’]t|(?:i|you|we|they|he|she|it|that|there|here|what|who|where|how|let)['’](?:m|re|ll|ve|d|s)|can['’]t|won['’]t)\b/giu;

/** FR informal spoken forms. */
export const FR_INFORMAL = /\b(?:t['’](?:as|es|étais|avais)|j['’]suis|y['’]a|ya|chui|ouais|bah|ben)\b/giu;

export const BRITISH = /\b(?:\p{L}+(?:isation|isations|ised|ising|ise|ises)|colour\p{L}*|favour\p{L}*|behaviour\p{L}*|honour\p{L}*|labour\p{L}*|neighbour\p{L}*|humour|centre|centres|programme|programmes|travelled|travelling|cancelled|cancelling|analyse|analysed|catalogue|licence|defence|enrol|fulfil|whilst|amongst|cheque|organisation)\b/giu;
export const AMERICAN = /\b(?:\p{L}+(?:ization|izations|ized|izing|ize|izes)|color\p{L}*|favor\p{L}*|behavior\p{L}*|honor\p{L}*|labor\p{L}*|neighbor\p{L}*|humor|center|centers|traveled|traveling|canceled|canceling|analyze|analyzed|catalog|defense|enroll|fulfill|check)\b/giu;
/** -ise/-ize words that are the same in both spellings. */
export const SPELLING_NEUTRAL = new Set(words(`advise advised advising rise rises wise otherwise exercise exercised promise promised
surprise surprised expertise enterprise enterprises premise franchise likewise concise precise noise raise raised praise
cruise size sized prize seize capsize revise revised devise comprise comprised compromise supervise televised disguise
arise arising rising raising practise practised check checked checking checks`));

/** Discourse markers and intensifiers: a rep's verbal tics, topic-free. */
export const STYLE_MARKERS = words(`honestly actually basically genuinely totally super really quick quickly just pretty
perhaps rather indeed nevertheless however frankly literally awesome love great glad happy curious
franchement vraiment carrément hyper trop super concrètement justement d'ailleurs néanmoins toutefois effectivement
naturellement évidemment simplement bref petit petite`);

/** Very common words (EN + FR) that are never "favourite words". */
export const COMMON_WORDS = new Set([
  ...FUNCTION_WORDS_EN, ...FUNCTION_WORDS_FR,
  ...words(`hi hello hey dear thanks thank best regards cheers bonjour salut merci cordialement
  am an any all some one two more most other into over than them him her his hers who which your yours
  get got make made see saw know want need like go going think say said let time team week day year month
  new good way work people one much many well back now next last first could may might must
  les nos vos leur leurs son sa ses se s lui eux elle elles ils comme si tout tous toute toutes fait faire
  été peut être avez avons ont était cela ça ceci où quand comment quel quelle quels quelles
  jour semaine mois année temps équipe fois chez entre après avant depuis pendant`),
]);

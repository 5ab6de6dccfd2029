/**
 * Frequent words that tell English from French. Words common to both (a, on, me, son, as, plus…)
 * are left out on purpose.
 */
export const EN_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'to', 'of', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'you', 'your', 'yours', 'we', 'our',
  'ours', 'us', 'i', 'my', 'mine', 'it', 'its', 'this', 'that', 'these', 'those', 'with', 'for', 'from', 'have', 'has',
  'had', 'will', 'would', 'could', 'should', 'can', 'not', 'but', 'if', 'at', 'by', 'an', 'or', 'so', 'what', 'which',
  'who', 'how', 'when', 'where', 'why', 'there', 'their', 'they', 'them', 'he', 'she', 'his', 'her', 'just', 'about',
  'into', 'than', 'then', 'also', 'all', 'any', 'some', 'more', 'most', 'only', 'very', 'one', 'out', 'up', 'do',
  'does', 'did', 'yes', 'hi', 'hey', 'thanks', 'thank', 'please', 'quick', 'love', 'know', 'think', 'get', 'got',
  'like', 'let', 'see', 'saw', 'looking', 'week', 'time', 'call', 'in', 'no', 'new', 'here', 'after', 'before',
  'over', 'because', 'still', 'any', 'each', 'other', 'same', 'both', 'few', 'many', 'much', 'own', 'too', 'way',
  'been', 'may', 'might', 'must', 'shall', 'am', 'its', 'our', 'ever', 'never', 'always', 'again', 'next', 'last',
  'team', 'work', 'working', 'help', 'happy', 'best', 'regards', 'cheers', 'congrats', 'would', 'wanted', 'want',
  'reach', 'reaching', 'connect', 'chat', 'minutes', 'free', 'worth', 'if', 'something', 'anything', 'nothing',
  'everyone', 'someone', 'while', 'though', 'although', 'without', 'within', 'around', 'through', 'between',
  'good', 'great', 'nice', 'sorry', 'sure', 'okay', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

export const FR_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'est', 'sont', 'être', 'avec', 'pour', 'dans', 'sur', 'par',
  'pas', 'ne', 'que', 'qui', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'nous', 'vous', 'votre', 'vos', 'notre',
  'nos', 'je', 'tu', 'te', 'toi', 'ton', 'ta', 'tes', 'il', 'elle', 'ils', 'elles', 'ce', 'cette', 'ces', 'cet', 'mon',
  'ma', 'mes', 'leur', 'leurs', 'se', 'sa', 'ses', 'au', 'aux', 'mais', 'ou', 'où', 'donc', 'car', 'si', 'comme',
  'tout', 'tous', 'toute', 'toutes', 'très', 'bien', 'aussi', 'déjà', 'encore', 'merci', 'bonjour', 'salut', 'chez',
  'entre', 'sans', 'sous', 'avez', 'avons', 'ai', 'été', 'fait', 'faire', 'peut', 'peux', 'pouvez', 'ça', 'cela',
  'oui', 'semaine', 'jour', 'y', 'en', 'aujourd\'hui', 'suis', 'sommes', 'êtes', 'était', 'avait', 'sera', 'serait',
  'vu', 'lu', 'votre', 'projet', 'échange', 'échanger', 'équipe', 'depuis', 'après', 'avant', 'quand', 'comment',
  'pourquoi', 'moi', 'lui', 'eux', 'même', 'autre', 'autres', 'plusieurs', 'chaque', 'rien', 'peu', 'beaucoup',
  'trop', 'vraiment', 'souhaite', 'souhaiterais', 'voudrais', 'pourriez', 'auriez', 'seriez', 'cordialement', 'là',
  'voici', 'voilà', 'ici', 'alors', 'mois', 'année', 'ans', 'entreprise', 'entreprises', 'également', 'selon',
  'bon', 'bonne', 'petit', 'petite', 'juste', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'janvier', 'février', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'aucun', 'aucune', 'jamais', 'toujours', 'souci', 'rien', 'dont', 'puis', 'ensuite', 'parce', 'sinon', 'nouveau', 'nouvelle',
]);

/** First parts of French elisions: l'…, d'…, qu'…, j'…, n'…, s'…, c'…, m'…, t'…, jusqu'…, lorsqu'…, puisqu'… */
export const FR_ELISIONS: ReadonlySet<string> = new Set(['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** Last parts of English contractions and possessives: …'s, …n't, …'re, …'ll, …'ve, …'m, …'d */
export const EN_CONTRACTIONS: ReadonlySet<string> = new Set(['s', 't', 're', 'll', 've', 'm', 'd']);

import type { Lang } from '../engine/types';

const EXAMPLE: Record<Lang, { phrase: string; flagged: string; clean: string; message: string; why: string; instead: string }> = {
  en: {
    phrase: 'circle back',
    flagged: 'Let me circle back next week.',
    clean: 'I will send the pricing sheet on Tuesday.',
    message: 'Say what you will actually do instead of circling back.',
    why: 'A vague promise to follow up tells the buyer nothing new.',
    instead: 'Name the next step: "I will send the pricing sheet on Tuesday."',
  },
  fr: {
    phrase: 'faire un point rapide',
    flagged: 'Pouvons-nous faire un point rapide jeudi ?',
    clean: 'Je vous envoie la grille tarifaire mardi.',
    message: 'Dites ce que vous allez faire plutôt que de proposer un « point rapide ».',
    why: 'Un « point rapide » sans objet ne dit rien au client.',
    instead: 'Nommez la prochaine étape : « Je vous envoie la grille tarifaire mardi. »',
  },
};

const q = (s: string) => JSON.stringify(s);

/** A new pack file: one working example rule, every field commented. Passes `unscripted packs test`. */
export function packTemplate(name: string, lang: Lang): string {
  const ex = EXAMPLE[lang];
  return `# ${name}.yaml — a team rule pack for Unscripted.
# Test it with:  unscripted packs test ${name}.yaml
# Share it:      list it in .unscripted.yaml, e.g.  packs: [builtin:en, builtin:fr, ./${name}.yaml]
# Try it alone:  unscripted check --pack ${name}.yaml draft.txt
id: ${name}               # unique pack id
version: 1.0.0            # semver; team configs may pin it
lang: ${lang}                  # en | fr | any
name: ${name}
description: Our team's playbook.
rules:
  # One rule per entry. Rule ids are kebab-case and unique across every loaded pack.
  - id: ${name}-example
    kind: phrase          # phrase | pattern | placeholder | metric | channel | signal
    category: filler      # e.g. cliche-opener, filler, jargon-buzzword, pushy-cta, false-urgency…
    severity: warning     # error | warning | info | hint
    # weight: 5           # optional: points at stake in the score
    # segments: [opener]  # optional: only in these parts of a draft
    # channels: [email]   # optional: only for these channels
    phrases:
      # (a|b) alternatives, (a|b)? optional, * one word, {0,3} up to three words, word~ inflections
      - ${q(ex.phrase)}
    # pattern: "\\\\bASAP\\\\b"   # instead of phrases, with kind: pattern (a JavaScript regex)
    message: ${q(ex.message)}
    why: ${q(ex.why)}
    instead: ${q(ex.instead)}
    # suggestions: [""]   # optional replacements ("" = remove)
    # link: https://…     # optional documentation link
    examples:             # checked by "unscripted packs test": keep them honest
      flagged: [${q(ex.flagged)}]
      clean: [${q(ex.clean)}]
`;
}

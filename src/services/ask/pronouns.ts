/**
 * A node named first, then a question that refers to it by a pronoun (`je regarde Micropep : qui a investi dedans ?`,
 * `I'm looking at Micropep: who invested in it?`, `Cartigen, ses financeurs ?`): the question is read again with the
 * pronoun replaced by the name. Pure text: which node the first part names is the caller's to find.
 */
import { tokenize } from './text';

/** Where a question turns from what it names to what it asks: the last such mark with words on both sides. */
const TURN_MARKS = /[:;,.?!]|\s[-–—]\s/gu;

/** The part naming the node and the question after it; null when no mark splits the question so. */
export function splitAtTurn(question: string): { named: string; asked: string; mark: string } | null {
  const text = question.replace(/[\s?!.]+$/u, '');
  let best: { named: string; asked: string; mark: string } | null = null;
  for (const mark of text.matchAll(TURN_MARKS)) {
    const named = text.slice(0, mark.index).trim();
    const asked = text.slice(mark.index + mark[0].length).trim();
    if (tokenize(named).length === 0 || tokenize(asked).length < 2) continue;
    // The last turn whose question holds a pronoun: `je suis investisseur, je regarde X : qui a mis … dedans`.
    if (PRONOUN_FINDERS.some((finder) => finder.test(asked))) best = { named, asked, mark: mark[0].trim() };
  }
  return best;
}

/** Patterns of a pronoun standing for a node; each rewrite puts the name where the question can read it. */
const REWRITES: readonly { find: RegExp; rewrite: (asked: string, name: string) => string }[] = [
  // `qui a investi dedans`, `qui a mis de l'argent là-dedans`: in it.
  {
    find: /(?:^|\s)(?:là-)?dedans(?=\s|$)/iu,
    rewrite: (asked, name) => asked.replace(/(?:^|\s)(?:là-)?dedans(?=\s|$)/iu, ` dans ${name}`),
  },
  // `qui y a investi`, `qui y était`: in it, the pronoun before the verb.
  {
    find: /(?:^|\s)qui\s+y\s/iu,
    rewrite: (asked, name) => `${asked.replace(/((?:^|\s)qui)\s+y\s/iu, '$1 ')} dans ${name}`,
  },
  // `qui l'a financée`, `qui les finance`, `qui le dirige`, `qui lui a donné de l'argent`: the object said before the verb.
  {
    find: /(?:^|\s)qui\s+(?:l['’]|les\s|le\s|la\s|lui\s|leur\s)/iu,
    rewrite: (asked, name) => {
      const dative = /(?:^|\s)qui\s+(?:lui|leur)\s/iu.test(asked);
      return `${asked.replace(/((?:^|\s)qui)\s+(?:l['’]|les\s|le\s|la\s|lui\s|leur\s)/iu, '$1 ')} ${dative ? 'à ' : ''}${name}`;
    },
  },
  // `a-t-elle levé des fonds`, `où est-il installé`: the subject after the verb.
  {
    find: /-t-(?:il|elle|ils|elles)(?=\s|$)|-(?:il|elle|ils|elles)(?=\s|$)/iu,
    rewrite: (asked, name) => asked.replace(/-t-(?:il|elle|ils|elles)(?=\s|$)|-(?:il|elle|ils|elles)(?=\s|$)/iu, ` ${name}`),
  },
  // `elle a levé combien`, `il est où`: the subject first.
  {
    find: /^(?:et\s+)?(?:il|elle|ils|elles)\s/iu,
    rewrite: (asked, name) => asked.replace(/^(?:et\s+)?(?:il|elle|ils|elles)\s/iu, `${name} `),
  },
  // `ses membres`, `son siège`, `leurs financeurs`: what belongs to it.
  {
    find: /(?:^|\s)(?:son|sa|ses|leur|leurs)\s+\p{L}/iu,
    rewrite: (asked, name) =>
      asked.replace(/(^|\s)(son|sa|ses|leur|leurs)\s+([\p{L}'’-]+)/iu, (_, before: string, possessive: string, noun: string) => {
        const article = /^(ses|leurs)$/iu.test(possessive) ? 'les' : possessive.toLowerCase() === 'sa' ? 'la' : 'le';
        return `${before}${article} ${noun} de ${name}`;
      }),
  },
  // The asker's own organisation, named in an introduction (`je dirige X : quels acteurs pourraient devenir nos partenaires`,
  // `I work at X: who would make good partners for us`): `nos partenaires`, `notre siège`, `avec nous`, `for us`, `our funders`.
  {
    find: /(?:^|\s)(?:nos|notre)\s+\p{L}/iu,
    rewrite: (asked, name) =>
      asked.replace(/(^|\s)(nos|notre)\s+([\p{L}'’-]+)/iu, (_, before: string, possessive: string, noun: string) => {
        const article = possessive.toLowerCase() === 'nos' ? 'les' : 'le';
        return `${before}${article} ${noun} de ${name}`;
      }),
  },
  {
    find: /(?:^|\s)(?:avec|pour|chez)\s+nous(?=\s|$)|(?:^|\s)(?:with|for)\s+us(?=\s|$)/iu,
    rewrite: (asked, name) =>
      asked.replace(
        /(^|\s)(avec|pour|chez|with|for)\s+(?:nous|us)(?=\s|$)/iu,
        (_, before: string, preposition: string) => `${before}${preposition} ${name}`,
      ),
  },
  { find: /(?:^|\s)[Oo]ur\s/u, rewrite: (asked, name) => asked.replace(/(^|\s)[Oo]ur\s/u, `$1${name}'s `) },
  // `who invested in it`, `who funds them`, `where is it`.
  // Not `IT` (`IT companies`): lower case, or capitalised only.
  // `what did they take over`: a company spoken of as `they`.
  {
    find: /(?:^|\s)(?:[Ii]t|[Tt]hem|[Tt]hey)(?=\s|$)/u,
    rewrite: (asked, name) => asked.replace(/(^|\s)(?:[Ii]t|[Tt]hem|[Tt]hey)(?=\s|$)/u, `$1${name}`),
  },
  // `its members`, `their funders`.
  { find: /(?:^|\s)(?:[Ii]ts|[Tt]heir)\s/u, rewrite: (asked, name) => asked.replace(/(^|\s)(?:[Ii]ts|[Tt]heir)\s/u, `$1${name}'s `) },
];

const PRONOUN_FINDERS = REWRITES.map((rule) => rule.find);

/** The question after the turn with its first pronoun replaced by the name; null when it holds none. */
export function withNameForPronoun(asked: string, name: string): string | null {
  const rule = REWRITES.find((candidate) => candidate.find.test(asked));
  if (!rule) return null;
  return rule.rewrite(asked, name).replace(/\s+/gu, ' ').trim();
}

/** Words a question opens with (folded): `qui`, `quels`, `combien`, `who`, `which`, `how` … */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  ...['qui', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'ou'],
  ...['who', 'which', 'what', 'how', 'where'],
]);
/** Longest part said before such a question that can be a name with its qualifiers (`Antabio série A 2017`), in words. */
const MAX_NAMED_WORDS = 6;
/** Marks after which a bare question follows a name: a colon, a comma, a dash between spaces. */
const BARE_TURN_MARKS = /[:,]|\s[-–—]\s/gu;

/**
 * A name said first, then a question that leaves the name out and holds no pronoun for it (`Antabio : qui a mis l'argent ?`,
 * `Nubbo, qui dirige ?`): the two parts; null when the question after the mark opens with no question word, holds a pronoun
 * (see splitAtTurn) or the part before it is too long to be a name.
 */
export function splitBeforeBareQuestion(question: string): { named: string; asked: string } | null {
  const text = question.replace(/[\s?!.]+$/u, '');
  // The last mark only: `Genoskin, qui est à Montpellier, travaille avec qui ?` opens a relative clause, not a question.
  const mark = [...text.matchAll(BARE_TURN_MARKS)].at(-1);
  if (!mark) return null;
  const named = text.slice(0, mark.index).trim();
  const asked = text.slice(mark.index + mark[0].length).trim();
  const namedWords = tokenize(named).length;
  const askedTokens = tokenize(asked);
  if (namedWords === 0 || namedWords > MAX_NAMED_WORDS || askedTokens.length < 2) return null;
  if (!QUESTION_OPENERS.has(askedTokens[0]!.folded) || PRONOUN_FINDERS.some((finder) => finder.test(asked))) return null;
  return { named, asked };
}

/**
 * The bare question with the name put back where a question names its node, each way tried in turn: right after the
 * question's words, then after the prepositions a question puts before its node (`qui a mis l'argent dans X`, `who invested
 * in X`). Which one reads is the caller's to decide (an exact shape, the same node).
 */
export function withNamePutBack(asked: string, named: string): string[] {
  const bare = asked.replace(/\s+/gu, ' ').trim();
  return ['', 'dans', 'de', 'à', 'in', 'of', 'into'].map((preposition) => `${bare} ${preposition ? `${preposition} ` : ''}${named}`);
}

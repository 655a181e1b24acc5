import type { Database } from '../../db/database';
import type { SearchLabel } from '../../db/graphSearch';
import type { Lexicon } from './lexicon';
import { linkName } from './linker';
import { compactKey, type NameIndex } from './nameIndex';
import { scaffoldingPositions } from './scaffolding';
import { type Span, spanText, type Token } from './text';

/**
 * A name and a keyword with no question around them (`usines pierre fabre`, `Bpifrance investments`, `Phost'in Therapeutics
 * financement`, `ciloa montant région`): the keyword says what is asked, as a question would. Such a query is read again
 * as the plain question its keyword stands for (`les sites de Pierre Fabre`), the words left over after it.
 */

export type TelegraphicAsk = 'SITES' | 'PORTFOLIO' | 'FUNDING' | 'AMOUNT' | 'MEMBERS' | 'LOCATION';

/**
 * Keywords, folded, by what they ask; a keyword's language is that of the question written for it. Sites are plural only:
 * `l'usine X de Soual`, `usine Sanofi Aramon` name one site.
 */
const KEYWORDS: Readonly<Record<'FR' | 'EN', Readonly<Record<TelegraphicAsk, readonly string[]>>>> = {
  FR: {
    SITES: ['sites', 'usines', 'implantations'],
    PORTFOLIO: ['investissements', 'participations', 'portefeuille'],
    FUNDING: ['financement', 'financements', 'financeurs', 'subventions', 'aides', 'levees'],
    AMOUNT: ['montant', 'montants', 'combien'],
    MEMBERS: ['membres', 'adherents'],
    LOCATION: ['adresse', 'localisation', 'siege'],
  },
  EN: {
    SITES: ['plants', 'factories', 'facilities'],
    PORTFOLIO: ['investments', 'portfolio', 'stakes'],
    FUNDING: ['funding', 'financing', 'funders', 'backers', 'grants'],
    AMOUNT: ['amount', 'amounts'],
    MEMBERS: ['members', 'member'],
    LOCATION: ['address', 'location', 'hq', 'headquarters'],
  },
};

/** The plain question each keyword stands for, `{a}` the name, `{b}` a second name (a funder: `ciloa montant région`). */
const QUESTIONS: Readonly<Record<'FR' | 'EN', Readonly<Record<TelegraphicAsk, string>>>> = {
  FR: {
    SITES: 'les sites de {a}',
    PORTFOLIO: 'dans quoi {a} a investi',
    FUNDING: 'les financements de {a}',
    AMOUNT: 'combien {a} a reçu',
    MEMBERS: 'les membres de {a}',
    LOCATION: 'où est {a}',
  },
  EN: {
    SITES: '{a} sites where',
    PORTFOLIO: 'where did {a} invest',
    FUNDING: '{a} funding',
    AMOUNT: 'how much did {a} get',
    MEMBERS: 'members of {a}',
    LOCATION: 'where is {a}',
  },
};
const AMOUNT_FROM: Readonly<Record<'FR' | 'EN', string>> = {
  FR: 'combien {b} a donné à {a}',
  EN: 'how much did {a} get from {b}',
};

/** Words asking for a list, which restrict nothing before a telegraphic query (`liste des usines X`, `all X investments`). */
const LIST_WORDS: ReadonlySet<string> = new Set(['liste', 'lister', 'list', 'all', 'tous', 'toutes', 'tout', 'every']);

/** Longest name tried, in words, and names tried at most per side (each is one full-text query). */
const MAX_NAME_WORDS = 6;
const MAX_TRIES_PER_SIDE = 4;
const NAME_LABELS: SearchLabel[] = ['Actor', 'Programme'];

/** The keyword a folded word is, with its language; undefined when none. */
export function telegraphicKeyword(word: string): { ask: TelegraphicAsk; lang: 'FR' | 'EN' } | undefined {
  for (const lang of ['FR', 'EN'] as const)
    for (const [ask, words] of Object.entries(KEYWORDS[lang]) as [TelegraphicAsk, readonly string[]][])
      if (words.includes(word)) return { ask, lang };
  return undefined;
}

/**
 * The plain question for a name and the words around it, or null when they are not one keyword (and words that only list,
 * or words after everything else that the question keeps: `sites X en haute garonne`). `rest` are the folded words that are
 * not the name, in order, each with its text as typed; `isFunction` says which of them carry nothing.
 */
export function telegraphicQuestion(args: {
  name: string;
  rest: readonly { folded: string; typed: string }[];
  isFunction: (folded: string) => boolean;
  secondName?: string;
  /** True when the name comes before the keyword. */
  nameFirst?: boolean;
}): TelegraphicQuestion | null {
  const { name, rest, isFunction, secondName } = args;
  const keywords = rest.map((word) => telegraphicKeyword(word.folded));
  const found = keywords.filter((keyword) => keyword !== undefined);
  if (found.length === 0 || new Set(found.map((keyword) => keyword.ask)).size > 1) return null;
  const { ask, lang } = found[0]!;
  const firstKeyword = keywords.findIndex((keyword) => keyword !== undefined);
  // Before the keyword only words that list (`liste des`); words with content there are another question.
  const before = rest.slice(0, firstKeyword);
  if (before.some((word) => !LIST_WORDS.has(word.folded) && !isFunction(word.folded))) return null;
  const after = rest.slice(firstKeyword).filter((_, i) => keywords[firstKeyword + i] === undefined);
  if (ask === 'AMOUNT') {
    // An amount needs whose money: a funder named beside the recipient, or nothing else.
    if (secondName) return { question: AMOUNT_FROM[lang].replace('{a}', name).replace('{b}', secondName), ask, unapplied: [] };
    if (after.some((word) => !isFunction(word.folded))) return null;
  }
  const question = QUESTIONS[lang][ask].replace('{a}', name);
  if (!after.some((word) => !isFunction(word.folded))) return { question, ask, unapplied: [] };
  // Words after the name (`sites X en haute garonne`) go on with the question, which applies a place or says them back;
  // words after a keyword said after the name (`X member networks`) would be read as part of the name: said back here.
  if (args.nameFirst) return { question, ask, unapplied: after.filter((word) => !isFunction(word.folded)).map((word) => word.typed) };
  // The French question carries a place after the name (`les sites de X en haute garonne`, `… X Tarn`) in either language.
  const carrying = QUESTIONS.FR[ask].replace('{a}', name);
  return { question: `${carrying} ${after.map((word) => word.typed).join(' ')}`, ask, unapplied: [] };
}

/** The plain question a telegraphic query stands for, and its words that question cannot carry (said back). */
export interface TelegraphicQuestion {
  question: string;
  ask: TelegraphicAsk;
  unapplied: string[];
}

/**
 * The telegraphic reading of a question: a name of the graph said exactly at its start or its end (after list words), a
 * keyword among the other words; null when the words are not so.
 */
export async function telegraphicReading(args: {
  db: Database;
  question: string;
  tokens: readonly Token[];
  lexicon: Lexicon;
  names?: NameIndex;
}): Promise<TelegraphicQuestion | null> {
  const { db, question, lexicon, names } = args;
  // Politeness and greetings around the query (`… please`) ask nothing.
  const dropped = scaffoldingPositions(args.tokens);
  const tokens = args.tokens.filter((_, i) => !dropped.has(i));
  if (!tokens.some((token) => telegraphicKeyword(token.folded))) return null;
  const isFunction = (folded: string) => lexicon.functionWord(folded) !== undefined;
  const n = tokens.length;
  let first = 0;
  while (first < n && (isFunction(tokens[first]!.folded) || LIST_WORDS.has(tokens[first]!.folded))) first++;
  const isKeyword = (i: number) => telegraphicKeyword(tokens[i]!.folded) !== undefined;
  const starts: Span[] = [];
  const ends: Span[] = [];
  for (let length = Math.min(MAX_NAME_WORDS, n - first - 1); length >= 1; length--) {
    const start = { from: first, to: first + length };
    const end = { from: n - length, to: n };
    if (!tokens.slice(start.from, start.to).some((_, i) => isKeyword(start.from + i))) starts.push(start);
    if (end.from > first && !tokens.slice(end.from, end.to).some((_, i) => isKeyword(end.from + i))) ends.push(end);
  }
  // The keyword first (`usines pierre fabre`): the name runs to the end, or to where words follow it.
  const afterKeyword = tokens.findIndex((token) => telegraphicKeyword(token.folded)) + 1;
  for (let to = Math.min(n, afterKeyword + MAX_NAME_WORDS); to > afterKeyword; to--) starts.push({ from: afterKeyword, to });
  for (const candidates of [starts.slice(0, MAX_TRIES_PER_SIDE), ends.slice(0, MAX_TRIES_PER_SIDE), starts.slice(-MAX_TRIES_PER_SIDE)]) {
    for (const span of candidates) {
      if (isFunction(tokens[span.from]!.folded) || isFunction(tokens[span.to - 1]!.folded)) continue;
      // A name said exactly has its letters in the compact-name index (memory): words that are no name cost no look-up.
      if (names && names.exact(compactKey(spanText(question, tokens, span)), NAME_LABELS).length === 0) continue;
      const link = await linkName(db, spanText(question, tokens, span), NAME_LABELS, names);
      if (link.outcome !== 'found' || !link.exact) continue;
      const name = spanText(question, tokens, span);
      const rest = tokens
        .map((token, i) => ({ folded: token.folded, typed: question.slice(token.start, token.end), i }))
        .filter(({ i }) => i < span.from || i >= span.to);
      const content = rest.filter((word) => !isFunction(word.folded) && !LIST_WORDS.has(word.folded) && !telegraphicKeyword(word.folded));
      // `ciloa montant région`: the words left over may be the funder, named exactly.
      const asksAmount = rest.some((word) => telegraphicKeyword(word.folded)?.ask === 'AMOUNT');
      const secondName =
        asksAmount &&
        content.length > 0 &&
        content.length <= MAX_NAME_WORDS &&
        content.every((word, j) => j === 0 || word.i === content[j - 1]!.i + 1)
          ? await exactName(db, question, tokens, { from: content[0]!.i, to: content[content.length - 1]!.i + 1 }, names)
          : undefined;
      const nameFirst =
        rest.findIndex((word) => telegraphicKeyword(word.folded)) >= 0 &&
        tokens.findIndex((token) => telegraphicKeyword(token.folded)) >= span.to;
      return telegraphicQuestion({ name, rest, isFunction, secondName, nameFirst });
    }
  }
  return null;
}

async function exactName(
  db: Database,
  question: string,
  tokens: readonly Token[],
  span: Span,
  names?: NameIndex,
): Promise<string | undefined> {
  const text = spanText(question, tokens, span);
  if (names && names.exact(compactKey(text), NAME_LABELS).length === 0) return undefined;
  const link = await linkName(db, text, NAME_LABELS, names);
  return link.outcome === 'found' && link.exact ? text : undefined;
}

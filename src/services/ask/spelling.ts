import type { Vocabulary } from '../../domain/vocabulary';
import type { Lexicon } from './lexicon';
import type { NameIndex } from './nameIndex';
import { fold, tokenize } from './text';

/**
 * One letter left out of a word of the reader's own language (`commnt`, `auprs`, `exacteent`, `fundr`), read as the word it
 * misspells before anything else reads the question (A23x): the shapes, the lexicon, the cues of every reading then see the
 * word they know. Names are never corrected (a word typed with a capital, a word of a name of the graph, a near name are
 * the linker's), nor a word the reader knows, nor a word as near two words of its own.
 */

/** Shortest word corrected: below, one edit makes another word too easily (`sont`/`font`). */
const MIN_CORRECTED_LETTERS = 5;

const ownWordsOf = new WeakMap<Lexicon, Set<string>>();

/** Every word of the vocabulary (shapes, kinds, metrics, fillers) and the lexicon's own words, folded: what a typo may be read as. */
function ownWords(vocabulary: Vocabulary, lexicon: Lexicon): Set<string> {
  let words = ownWordsOf.get(lexicon);
  if (words) return words;
  words = new Set(lexicon.ownWords().filter((word) => word.length >= MIN_CORRECTED_LETTERS - 1));
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const word of fold(value).match(/\p{L}+/gu) ?? []) if (word.length >= MIN_CORRECTED_LETTERS - 1) words!.add(word);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(vocabulary);
  ownWordsOf.set(lexicon, words);
  return words;
}

/**
 * True when a typed word is another with one letter left out inside it (`commnt`, `exacteent`): the slip fingers make most,
 * and the one least often another real word. A letter changed (`living`/`giving`, `price`/`prise`, `stages`/`stakes`), added
 * (`acheteur`/`acheter`) or an ending cut (`chercheuse`/`chercheuses`) is as often a word the reader does not know.
 */
function slipOf(own: string, word: string): boolean {
  if (own.length !== word.length + 1) return false;
  for (let at = 1; at < own.length - 1; at++) if (own.slice(0, at) + own.slice(at + 1) === word) return true;
  return false;
}

/** The question with each misspelt word of the reader's language replaced by the word it misspells; unchanged when none is. */
export function spellingCorrected(question: string, args: { vocabulary: Vocabulary; lexicon: Lexicon; names: NameIndex }): string {
  const { vocabulary, lexicon, names } = args;
  const known = ownWords(vocabulary, lexicon);
  let corrected = question;
  for (const token of tokenize(question).reverse()) {
    const typed = question.slice(token.start, token.end);
    const word = token.folded;
    if (word.length < MIN_CORRECTED_LETTERS || !/^\p{Ll}+$/u.test(typed)) continue;
    if (known.has(word) || lexicon.knows(word) || names.hasWord(word) || names.has(word) || names.nearest(word).length > 0) continue;
    const near = [...known].filter((own) => slipOf(own, word));
    if (near.length !== 1) continue;
    corrected = corrected.slice(0, token.start) + near[0] + corrected.slice(token.end);
  }
  return corrected;
}

import type { QUALIFIERS } from '../../../domain/model';
import { fold } from './spans';

export type Qualifier = (typeof QUALIFIERS)[number];

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  'dix-sept': 17,
  'dix-huit': 18,
  'dix-neuf': 19,
  'quatre-vingt': 80,
  'quatre-vingts': 80,
  cent: 100,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** Tens that take a unit after a hyphen: "trente-trois", "vingt-et-une", "forty-two". */
const TENS = [
  ...['vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'quatre-vingt'],
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
];
const UNITS = [
  'un',
  'une',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  // "soixante-dix", "quatre-vingt-dix-sept": French tens above sixty take the numbers from ten to nineteen.
  ...['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'],
];

/** A written number: "4,2", "300.000", "300 000", "1 500", "437,000" and "4.2" (English), or a word ("trois", "three"). */
export const NUMBER = String.raw`(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|[1-9]\d{0,2}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:[.,]\d+)?|${numberWordPattern()})`;

function numberWordPattern(): string {
  const words = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length);
  const longestFirst = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
  const compound = `(?:${longestFirst(TENS)})-(?:et-)?(?:${longestFirst(UNITS)})`;
  return String.raw`\b(?:${compound}|${words.join('|')})\b`;
}

/**
 * The value of a written number. A dot or space followed by exactly three digits groups thousands
 * ("300.000", "1 500"), as does a comma before groups of exactly three digits ("437,000", English); another comma,
 * or a dot before other than three digits, is the decimal mark.
 */
export function parseNumber(written: string): number {
  const folded = fold(written.trim());
  const word = NUMBER_WORDS[folded];
  if (word !== undefined) return word;
  // "trente-trois", "soixante-dix-sept", "quatre-vingt-dix": a ten, then a unit or a number up to nineteen.
  const tens = TENS.filter((t) => folded.startsWith(`${t}-`)).sort((a, b) => b.length - a.length)[0];
  const unit = tens === undefined ? undefined : folded.slice(tens.length + 1).replace(/^et-/, '');
  if (tens !== undefined && unit !== undefined && NUMBER_WORDS[unit] !== undefined) return NUMBER_WORDS[tens]! + NUMBER_WORDS[unit]!;
  const compact = written.trim().replace(/[ \u00a0\u202f]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
  // English thousands ("437,000", "7,700,000"): French press writes decimals with one or two digits ("4,2").
  if (/^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

/** Words before a number that say how exact it is, folded. */
const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/(?:plus de|plus d'|au moins|au-dela de|pas moins de|more than|over|at least|in excess of|upwards of)\s*$/, 'AT_LEAST'],
  [
    /(?:pres de|pres d'|environ|quelque|autour de|de l'ordre de|approximativement|pratiquement|about|around|nearly|almost|approximately|some|roughly|close to)\s*$/,
    'APPROXIMATE',
  ],
  [/(?:objectif de|ambition de|viser|vise|d'ici (?:a )?\d{4},?|target of|aim(?:s|ing)? (?:at|for)|by \d{4},?)\s*$/, 'TARGET'],
];

/** The qualifier the words just before a number give it (EXACT when none). */
export function qualifierBefore(textBefore: string): Qualifier {
  const tail = fold(textBefore.slice(-40));
  return QUALIFIER_WORDS.find(([pattern]) => pattern.test(tail))?.[1] ?? 'EXACT';
}

const NUMBER_WORDS_ONLY = new RegExp(`^(?:${NUMBER})$`, 'iu');
/** True for a capitalised word that is only a number ("Vingt-cinq millions …" opening a sentence): no name. */
export function isNumberWords(name: string): boolean {
  return NUMBER_WORDS_ONLY.test(name);
}

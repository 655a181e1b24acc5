import { NUMBER, parseNumber, type Qualifier, qualifierBefore } from './numbers';
import { fold, matchesOf, type Span } from './spans';

/** An amount of money a sentence states. */
export interface AmountMention extends Span {
  amountEur: number;
  qualifier: Qualifier;
}

const SCALES: [RegExp, number][] = [
  [/^(?:milliards?|mds?|md|bn|billions?|b)$/, 1e9],
  [/^(?:millions?|m|mn|mio|mios)$/, 1e6],
  [/^(?:mille|k)$/, 1e3],
];

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const folded = fold(word).replace(/\.$/, '');
  return SCALES.find(([pattern]) => pattern.test(folded))?.[1] ?? 1;
}

const SCALE = '(?:milliards?|millions?|mille|md|mds|mn|bn|billions?|m|k)';
/** "4,2 millions d'euros", "6 M€", "300.000 euros", "1,5 Md€", "500 k€", "EUR 6 million", "€6m", "€ 1.2 billion". */
const AMOUNT_AFTER = new RegExp(
  String.raw`(?<number>${NUMBER})\s?(?:(?<scale>${SCALE})\.?\s?)?(?:d['’]\s?euros?|de\s+euros?|euros?|eur\b|€)`,
  'giu',
);
const AMOUNT_BEFORE = new RegExp(String.raw`(?:€|eur\b|euros?\b)\s?(?<number>${NUMBER})(?:\s?(?<scale>${SCALE})\b\.?)?`, 'giu');
/** "plus de 30 millions": a scale with no currency, taken as euros only in a sentence about money. */
const BARE_MILLIONS = new RegExp(String.raw`(?<number>${NUMBER})\s(?<scale>milliards?|millions?)\b(?!\s+(?:de|d['’])\s*(?!euros?))`, 'giu');
/** Words that make a sentence about money. */
const MONEY_CUE =
  /€|\beuros?\b|financ|invest|budget|subvention|leve|levee|fonds|dote|dotation|aide|pret|avance|capital|funding|raised|grant|loan/;

/** A sentence that speaks of money by its words, so that "3,9 millions" in it is an amount in euros. */
export function speaksOfMoney(text: string): boolean {
  return MONEY_CUE.test(fold(text));
}

/**
 * Every amount of money in a sentence, in euros, with its qualifier ("plus de" -> AT_LEAST). `aboutMoney`: the sentence is
 * a bullet of a list introduced by money ("financée par :" then "- l'Université, pour 2,6 millions ;"), whose bare millions are euros.
 */
export function findAmounts(sentence: Span, aboutMoney = false): AmountMention[] {
  const found: AmountMention[] = [];
  const take = (match: RegExpExecArray) => {
    const start = sentence.start + match.index;
    if (found.some((a) => start < a.end && start + match[0].length > a.start)) return;
    const scale = scaleOf(match.groups!.scale);
    const written = match.groups!.number!.trim();
    // "1,234 Md€", "2,500 millions": before a scale word a comma is the decimal mark, whatever the digits after it.
    const number = scale > 1 && /^\d{1,3},\d+$/.test(written) ? Number(written.replace(',', '.')) : parseNumber(written);
    const value = number * scale;
    if (!Number.isFinite(value) || value <= 0) return;
    found.push({
      start,
      end: start + match[0].length,
      text: match[0],
      amountEur: Math.round(value * 100) / 100,
      qualifier: qualifierBefore(sentence.text.slice(0, match.index)),
    });
  };
  for (const match of matchesOf(AMOUNT_AFTER, sentence.text)) take(match);
  for (const match of matchesOf(AMOUNT_BEFORE, sentence.text)) take(match);
  if (aboutMoney || speaksOfMoney(sentence.text)) for (const match of matchesOf(BARE_MILLIONS, sentence.text)) take(match);
  return found.sort((a, b) => a.start - b.start);
}

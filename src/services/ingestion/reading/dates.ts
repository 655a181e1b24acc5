import { fold, matchesOf, type Span } from './spans';

/** A date or period a sentence states, at the precision written: "2021-12-09", "2018-05", "2019". */
export interface DateMention extends Span {
  /** A point in time: "le 9 décembre 2021", "en mai 2018", "en 2019". */
  date?: string;
  /** A period: "2024-2028", "de 2024 à 2028", "depuis 2017" (no end), "d'ici à 2028" (no start). */
  period?: { from?: string; to?: string };
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janv: 1,
  fevr: 2,
  avr: 4,
  juil: 7,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
};
const MONTH = String.raw`(?<month>${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\.?`;
const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
const DAY = String.raw`(?<day>[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?`;

/** Patterns over folded text, most precise first; each names its groups. */
const PATTERNS: { pattern: RegExp; read: (g: Record<string, string | undefined>) => Omit<DateMention, keyof Span> }[] = [
  { pattern: new RegExp(String.raw`\b${DAY}\s+${MONTH}\s+(?<year>${YEAR})\b`, 'g'), read: (g) => ({ date: ymd(g.year, g.month, g.day) }) },
  {
    pattern: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+(?<year>${YEAR})\b`, 'g'),
    read: (g) => ({ date: ymd(g.year, g.month, g.day) }),
  },
  {
    pattern: new RegExp(String.raw`\b(?<day>[0-3]?\d)/(?<m>[01]?\d)/(?<year>${YEAR})\b`, 'g'),
    read: (g) => ({ date: ymd(g.year, g.m, g.day) }),
  },
  {
    pattern: new RegExp(String.raw`\b(?:de|from|entre|between)\s+(?<from>${YEAR})\s+(?:a|et|to|and|-)\s+(?<to>${YEAR})\b`, 'g'),
    read: (g) => ({ period: { from: g.from, to: g.to } }),
  },
  {
    pattern: new RegExp(String.raw`\b(?<from>${YEAR})\s*[-–/]\s*(?<to>${YEAR})\b`, 'g'),
    read: (g) => ({ period: { from: g.from, to: g.to } }),
  },
  {
    pattern: new RegExp(String.raw`\b(?:depuis|since|des)\s+(?:(?:le\s+)?${DAY}\s+)?(?:${MONTH}\s+)?(?<year>${YEAR})\b`, 'g'),
    read: (g) => ({ period: { from: ymd(g.year, g.month, g.day) } }),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:d'ici(?:\s+a)?|jusqu'(?:en|a)|by|until|through)\s+(?:(?:la\s+fin\s+|fin\s+|the\s+end\s+of\s+|end\s+)?(?:de\s+)?)?(?:${MONTH}\s+)?(?<year>${YEAR})\b`,
      'g',
    ),
    read: (g) => ({ period: { to: ymd(g.year, g.month) } }),
  },
  { pattern: new RegExp(String.raw`\b${MONTH}\s+(?<year>${YEAR})\b`, 'g'), read: (g) => ({ date: ymd(g.year, g.month) }) },
  {
    pattern: new RegExp(String.raw`\b(?:en|in|au|a la fin de|fin|debut|courant|mi-)\s*(?<year>${YEAR})\b`, 'g'),
    read: (g) => ({ date: g.year }),
  },
];

function ymd(year: string | undefined, month?: string, day?: string): string {
  if (month === undefined) return year!;
  const mm = String(MONTHS[month] ?? Number(month)).padStart(2, '0');
  return day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(Number(day)).padStart(2, '0')}`;
}

/**
 * Every date and period in a sentence, most precise reading first; a stretch of text read by one
 * pattern is not read again by a vaguer one ("le 9 décembre 2021" is not also "décembre 2021").
 */
export function findDates(sentence: Span): DateMention[] {
  // Folding keeps every character's offset: accents are dropped one for one only in Latin letters.
  const folded = foldKeepingOffsets(sentence.text);
  const found: DateMention[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of matchesOf(pattern, folded)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      found.push({ start, end, text: sentence.text.slice(match.index, match.index + match[0].length), ...read(match.groups ?? {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Each non-ASCII character folded once (letter by letter folding runs over every sentence many times). */
const FOLDED_CHARACTERS = new Map<string, string>();

/** Folds letter by letter so that offsets in the folded text are offsets in the original. */
export function foldKeepingOffsets(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    // ASCII but the backquote (an apostrophe to fold): lower case is the whole fold.
    if (code < 128 && code !== 96) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
      continue;
    }
    let one = FOLDED_CHARACTERS.get(char);
    if (one === undefined) {
      const f = fold(char);
      one = f.length === 1 ? f : char;
      FOLDED_CHARACTERS.set(char, one);
    }
    folded += one;
  }
  return folded;
}

/**
 * The date of a dateline, the press's opening "Toulouse, le 12 mars 2021 —", "TOULOUSE, France, June 3, 2022 —" or
 * "Montpellier, mars 2016.": places (capitalised words and commas) then a date, then a dash or a full stop. Read at the
 * start of one of the first sentences (a headline line may come first); null when none opens so.
 */
export function datelineDate(sentences: Span[]): string | null {
  for (const sentence of sentences.slice(0, 3)) {
    const date = findDates(sentence)[0];
    if (!date?.date) continue;
    const before = sentence.text.slice(0, date.start - sentence.start);
    const after = sentence.text.slice(date.end - sentence.start);
    if (/^\p{Lu}[\p{L}'’ -]*(?:,\s*\p{Lu}[\p{L}'’ -]*)*,\s*(?:le\s+|on\s+)?$/u.test(before) && /^\s*(?:[—–-]|\.(?:\s|$))/u.test(after))
      return date.date;
  }
  return null;
}

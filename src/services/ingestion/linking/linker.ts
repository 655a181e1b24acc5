import { distance } from 'fastest-levenshtein';
import { fold } from '../reading/spans';
import { compactKey, type GraphNames, nameKey } from './names';

/** A graph entity a name was linked to, and how sure the link is. */
export interface Link {
  id: string;
  name: string;
  kind: string;
  /** 1 for a name or alias written the same way (folded), less for a typo or an acronym. */
  confidence: number;
}

/** A known name found in a sentence, with its offsets in the document. */
export interface KnownMention {
  start: number;
  end: number;
  text: string;
  link: Link;
  target: 'ACTOR' | 'PROGRAMME';
}

interface Entry {
  link: Omit<Link, 'confidence'>;
  target: 'ACTOR' | 'PROGRAMME';
  keys: string[];
}

/** Names shorter than this are linked only when written exactly (an alias "UM" is not a typo of "UT"). */
const FUZZY_MIN_LENGTH = 6;

/**
 * Links names read in a document to the graph's actors and programmes: by folded name and aliases,
 * by the same name without spaces or small words, by a small typo, by an acronym of the name's initials.
 */
export class Linker {
  private readonly byKey = new Map<string, Entry[]>();
  private readonly entries: Entry[] = [];
  /** Known names by their first word, for finding them in a sentence without trying every name. */
  private readonly byFirstWord = new Map<
    string,
    { words: string[]; entry: Entry; acronym: boolean; commonNoun: boolean; alias: boolean }[]
  >();

  constructor(names: GraphNames) {
    for (const actor of names.actors)
      this.add({ id: actor.id, name: actor.name, kind: actor.kind }, 'ACTOR', [actor.name, ...actor.aliases]);
    for (const programme of names.programmes)
      this.add({ id: programme.id, name: programme.name, kind: programme.kind }, 'PROGRAMME', [programme.name, ...programme.aliases]);
  }

  private add(link: Omit<Link, 'confidence'>, target: Entry['target'], spellings: string[]): void {
    const entry: Entry = { link, target, keys: [...new Set(spellings.map(compactKey).filter(Boolean))] };
    this.entries.push(entry);
    for (const key of entry.keys) this.byKey.set(key, [...(this.byKey.get(key) ?? []), entry]);
    for (const spelling of spellings) {
      const words = nameKey(spelling).split(' ').filter(Boolean);
      // One- and two-letter names ("UM", "BIO") are too often ordinary words to be looked for in running text.
      if (words.length === 0 || words.join('').length < 3) continue;
      const list = this.byFirstWord.get(words[0]!) ?? [];
      // An acronym ("MIS", "IUCT") is not found in lower case: "mis en lumière" is a verb, not the hospital.
      list.push({
        words,
        entry,
        acronym: /^[\p{Lu}\d&-]{2,8}$/u.test(spelling.trim()),
        commonNoun: /^\p{Lu}\p{Ll}+$/u.test(spelling.trim().replace(/^(?:la|le|les|the)\s+|^l['’]/iu, '')),
        alias: spelling !== link.name,
      });
      this.byFirstWord.set(words[0]!, list);
    }
  }

  /** The graph entity a name is, if any (actors only, or programmes only, with `target`). */
  link(name: string, target: Entry['target'] = 'ACTOR'): Link | undefined {
    const key = compactKey(name);
    if (!key) return undefined;
    const exact = this.byKey.get(key)?.find((e) => e.target === target);
    if (exact) return { ...exact.link, confidence: 1 };
    const acronym = /^\p{Lu}[\p{Lu}\d]{2,7}$/u.test(name) ? this.byInitials(key, target) : undefined;
    if (acronym) return { ...acronym.link, confidence: 0.7 };
    if (key.length < FUZZY_MIN_LENGTH) return undefined;
    const allowed = key.length >= 12 ? 2 : 1;
    let best: { entry: Entry; d: number } | undefined;
    for (const entry of this.entries) {
      if (entry.target !== target) continue;
      for (const other of entry.keys) {
        if (Math.abs(other.length - key.length) > allowed || other.length < FUZZY_MIN_LENGTH) continue;
        const d = distance(key, other);
        if (d <= allowed && (!best || d < best.d)) best = { entry, d };
      }
    }
    return best ? { ...best.entry.link, confidence: best.d === 1 ? 0.8 : 0.7 } : undefined;
  }

  private byInitials(key: string, target: Entry['target']): Entry | undefined {
    const matches = this.entries.filter(
      (entry) => entry.target === target && nameKey(entry.link.name).split(' ').length >= 3 && initials(entry.link.name) === key,
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Existing actors a new name might duplicate: one name inside the other, or a few letters apart; best first. */
  possibleDuplicates(name: string, limit = 3): { id: string; name: string }[] {
    const key = compactKey(name);
    if (key.length < 3) return [];
    const scored: { id: string; name: string; score: number }[] = [];
    for (const entry of this.entries) {
      if (entry.target !== 'ACTOR') continue;
      let score = Number.POSITIVE_INFINITY;
      for (const other of entry.keys) {
        if (other.length < 3) continue;
        if (other.includes(key) || key.includes(other)) score = Math.min(score, Math.abs(other.length - key.length) / 100);
        else if (Math.abs(other.length - key.length) <= 3) {
          const d = distance(key, other);
          if (d <= Math.max(2, Math.floor(key.length / 5))) score = Math.min(score, d);
        }
      }
      if (Number.isFinite(score)) scored.push({ id: entry.link.id, name: entry.link.name, score });
    }
    return scored
      .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map(({ id, name: n }) => ({ id, name: n }));
  }

  /** The graph's names written in a sentence (longest first where two overlap), with their offsets. */
  findKnown(sentence: { start: number; text: string }): KnownMention[] {
    const tokens = wordsOf(sentence.text);
    const found: KnownMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirstWord.get(tokens[i]!.key);
      if (!candidates) continue;
      let best: { end: number; entry: Entry } | undefined;
      for (const { words, entry, acronym, commonNoun, alias } of candidates) {
        const end = matchWords(tokens, i, words);
        const lowerCase = end !== undefined && !/\p{Lu}/u.test(sentence.text.slice(tokens[i]!.start, tokens[end]!.end));
        if (acronym && lowerCase) continue;
        // "à l'échelle de la région", "en région": a one-word name ("Région") in lower case after a word of place is the territory.
        if (commonNoun && lowerCase && PLACE_BEFORE.test(sentence.text.slice(0, tokens[i]!.start))) continue;
        // "l'Oncopole Claudius Regaud": a one-word alias that opens a longer name (two more capitalised words) is not that
        // name, unless those words are a known name themselves ("la présidente de Région Carole Delga").
        if (
          alias &&
          words.length === 1 &&
          end !== undefined &&
          LONGER_NAME_AFTER.test(sentence.text.slice(tokens[end]!.end)) &&
          !this.byFirstWord.has(tokens[end + 1]?.key ?? '')
        )
          continue;
        if (end !== undefined && (!best || tokens[end]!.end > tokens[best.end]!.end)) best = { end, entry };
      }
      if (!best) continue;
      const start = tokens[i]!.start;
      const end = tokens[best.end]!.end;
      found.push({
        start: sentence.start + start,
        end: sentence.start + end,
        text: sentence.text.slice(start, end),
        link: { ...best.entry.link, confidence: 1 },
        target: best.entry.target,
      });
      i = best.end;
    }
    return found;
  }
}

/** The words of a text with their offsets and folded keys; small linking words are skipped as names skip them. */
function wordsOf(text: string): { key: string; start: number; end: number }[] {
  const words: { key: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\d]+/gu)) {
    const key = fold(match[0]);
    words.push({ key, start: match.index!, end: match.index! + match[0].length });
  }
  return words;
}

/** Two capitalised words right after a name: the name goes on ("Claudius Regaud"). */
const LONGER_NAME_AFTER = /^[ \u00a0]\p{Lu}\p{Ll}+[ \u00a0-]\p{Lu}\p{Ll}+/u;

/** Words before a common noun that make it a place: "dans la", "de la", "en", "toute la", "à travers la". */
const PLACE_BEFORE = /(?:\b(?:dans|de|sur|toute|travers|partout dans|hors de)\s+la|(?<![\p{L}])en)\s+$/iu;

const SKIPPABLE = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'et', 'and']);

/** The index of the last token of `words` written from token i (small linking words may be added between), or undefined. */
function matchWords(tokens: { key: string }[], i: number, words: string[]): number | undefined {
  let t = i;
  for (let w = 0; w < words.length; w++) {
    while (w > 0 && t < tokens.length && tokens[t]!.key !== words[w] && SKIPPABLE.has(tokens[t]!.key)) t++;
    if (t >= tokens.length || tokens[t]!.key !== words[w]) return undefined;
    t++;
  }
  return t - 1;
}

/** The initials of a name's significant words: "Institut national de la santé et de la recherche médicale" -> "insrm". */
function initials(name: string): string {
  return nameKey(name)
    .split(' ')
    .map((word) => word[0])
    .join('');
}

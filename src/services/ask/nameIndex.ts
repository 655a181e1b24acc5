import { distance } from 'fastest-levenshtein';
import type { EntityNamesRow } from '../../db/graphSearch';
import type { SearchLabel } from '../../db/graphSearch';
import type { EntityRow } from '../../db/rows';
import { fold, phraseKey } from './text';

/**
 * The graph's names and aliases by compact key: folded, letters and digits only. Names people write otherwise than the
 * graph spells them (`bio occ`, `BIOOCC` for `Bio'Occ`; `medvallee`, `MED VALLEE` for `MedVallée`; `phost in`) are the
 * same key; the full-text index, which cuts words where the name does not, misses them.
 */

/** A name's compact key: `Bio’Occ`, `bio occ` and `BIOOCC` are all `bioocc`. */
export function compactKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A node a compact key names, and how many edits apart (0: the same letters). */
export interface CompactMatch {
  id: string;
  labels: string[];
  edits: number;
}

/** Shortest key matched exactly (`TWB`), and with a typo: shorter names are too often one letter from a word. */
const MIN_EXACT_LETTERS = 3;
const MIN_TYPO_LETTERS = 6;

/** Edits a typo may make in a key of this length: one from six letters, two from eleven. */
export function typoEdits(key: string): number {
  return key.length >= 11 ? 2 : key.length >= MIN_TYPO_LETTERS ? 1 : 0;
}

/** Nodes by the compact key of each of their names. */
type NodesByKey = ReadonlyMap<string, readonly { id: string; labels: string[] }[]>;

export class NameIndex {
  private constructor(
    private readonly byKey: NodesByKey,
    /** The names of each key, in words (`groupe oc sante`), to tell a typo from another name sharing a word. */
    private readonly wordsOf: ReadonlyMap<string, readonly string[]>,
    /** Loads a node found by its id (the request's loader). */
    readonly load: (id: string) => Promise<EntityRow | null | undefined>,
  ) {}

  /** The index of the rows' names and aliases, whose nodes `load` reads. */
  static of(rows: readonly EntityNamesRow[], load: NameIndex['load']): NameIndex {
    const byKey = new Map<string, { id: string; labels: string[] }[]>();
    const wordsOf = new Map<string, string[]>();
    for (const row of rows)
      for (const name of row.names) {
        const key = compactKey(name);
        if (key.length < MIN_EXACT_LETTERS) continue;
        const nodes = byKey.get(key) ?? [];
        if (!nodes.some((node) => node.id === row.id)) nodes.push({ id: row.id, labels: row.labels });
        byKey.set(key, nodes);
        wordsOf.set(key, [...(wordsOf.get(key) ?? []), phraseKey(name)]);
      }
    return new NameIndex(byKey, wordsOf, load);
  }

  /** The same keys, their nodes read by another loader: an index built once serves every request. */
  withLoader(load: NameIndex['load']): NameIndex {
    return new NameIndex(this.byKey, this.wordsOf, load);
  }

  /** True when a folded word is a word of some node's name or alias (`therapeutics`, `genoskin`). */
  hasWord(folded: string): boolean {
    this.nameWords ??= new Set([...this.wordsOf.values()].flatMap((names) => names.flatMap((name) => name.split(' '))));
    return this.nameWords.has(folded);
  }

  private nameWords: Set<string> | undefined;

  /** True when a compact key is exactly some node's name or alias. */
  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The nodes (of the labels, when given) whose name or alias is exactly the key. */
  exact(key: string, labels?: readonly string[]): CompactMatch[] {
    return (this.byKey.get(key) ?? []).filter((node) => ofLabels(node.labels, labels)).map((node) => ({ ...node, edits: 0 }));
  }

  /**
   * The nodes whose name or alias is nearest the key within a typo (typoEdits), all of them when several are as near;
   * none when the key is itself a name (of any label: a different name is not a typo of a known one) or too short. With the
   * phrase in words, a name sharing some of its words must be a typo of the others (distinctWordsNear).
   */
  nearest(key: string, labels?: readonly string[], phrase?: string): CompactMatch[] {
    const allowed = typoEdits(key);
    if (allowed === 0 || this.byKey.has(key)) return [];
    let best = allowed + 1;
    let found: CompactMatch[] = [];
    for (const [name, nodes] of this.byKey) {
      if (Math.abs(name.length - key.length) > allowed || name.length < MIN_TYPO_LETTERS) continue;
      const edits = distance(name, key);
      if (edits > best) continue;
      if (phrase && !(this.wordsOf.get(name) ?? []).some((words) => distinctWordsNear(words, phrase))) continue;
      const matching = nodes.filter((node) => ofLabels(node.labels, labels)).map((node) => ({ ...node, edits }));
      if (matching.length === 0) continue;
      if (edits < best) {
        best = edits;
        found = [];
      }
      for (const match of matching) if (!found.some((other) => other.id === match.id)) found.push(match);
    }
    return found;
  }

  /**
   * The nodes (of the labels) one of whose names begins with the phrase of two words or more, cut inside a word:
   * `Toulouse White Biotech` for `Toulouse White Biotechnology`; never at a word's end (`institut de recherche` is no
   * name of `Institut de recherche en santé digestive`).
   */
  cutShort(phrase: string, labels?: readonly string[]): CompactMatch[] {
    const key = phraseKey(phrase);
    if (key.split(' ').length < 2) return [];
    const found: CompactMatch[] = [];
    for (const [compact, names] of this.wordsOf) {
      if (!names.some((name) => name.length > key.length && name.startsWith(key) && name[key.length] !== ' ')) continue;
      for (const node of this.byKey.get(compact) ?? [])
        if (ofLabels(node.labels, labels) && !found.some((other) => other.id === node.id)) found.push({ ...node, edits: 0 });
    }
    return found;
  }

  /** The nodes of matches, loaded, in order; those the graph no longer holds left out. */
  async nodes(matches: readonly CompactMatch[]): Promise<EntityRow[]> {
    const loaded = await Promise.all(matches.map((match) => this.load(match.id)));
    return loaded.filter((node): node is EntityRow => Boolean(node));
  }
}

function ofLabels(nodeLabels: readonly string[], labels: readonly string[] | undefined): boolean {
  return !labels || nodeLabels.some((label) => labels.includes(label as SearchLabel));
}

/**
 * True unless the phrase shares words with the name (`santé`, `groupe`) while the words that tell them apart are more than a
 * typo apart: `Cap Santé` is not `Laf Santé` misspelt, `groupe Elsanté` not `groupe Oc Santé` (a brand the graph lacks is
 * never taken for another). The words not shared, joined, may differ by one edit from four letters, two from eleven.
 */
export function distinctWordsNear(name: string, key: string): boolean {
  const nameWords = name.split(' ');
  const keyWords = key.split(' ');
  const shared = keyWords.filter((word) => nameWords.includes(word));
  const restOfKey = keyWords.filter((word) => !shared.includes(word)).join('');
  const restOfName = nameWords.filter((word) => !shared.includes(word)).join('');
  // No word shared, or one side's words all shared (`chu toulouse` for `CHU de Toulouse`, `sanofi à toulouse` for `Sanofi
  // Toulouse`): words added or left out, which the other rules judge.
  if (shared.length === 0 || restOfKey === '' || restOfName === '') return true;
  const allowed = restOfKey.length >= 11 ? 2 : restOfKey.length >= 4 ? 1 : 0;
  return distance(restOfKey, restOfName) <= allowed;
}

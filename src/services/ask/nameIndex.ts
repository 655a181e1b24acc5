import { distance } from 'fastest-levenshtein';
import type { EntityNamesRow } from '../../db/graphSearch';
import type { SearchLabel } from '../../db/graphSearch';
import type { EntityRow } from '../../db/rows';
import { fold } from './text';

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
    /** Loads a node found by its id (the request's loader). */
    readonly load: (id: string) => Promise<EntityRow | null | undefined>,
  ) {}

  /** The index of the rows' names and aliases, whose nodes `load` reads. */
  static of(rows: readonly EntityNamesRow[], load: NameIndex['load']): NameIndex {
    const byKey = new Map<string, { id: string; labels: string[] }[]>();
    for (const row of rows)
      for (const name of row.names) {
        const key = compactKey(name);
        if (key.length < MIN_EXACT_LETTERS) continue;
        const nodes = byKey.get(key) ?? [];
        if (!nodes.some((node) => node.id === row.id)) nodes.push({ id: row.id, labels: row.labels });
        byKey.set(key, nodes);
      }
    return new NameIndex(byKey, load);
  }

  /** The same keys, their nodes read by another loader: an index built once serves every request. */
  withLoader(load: NameIndex['load']): NameIndex {
    return new NameIndex(this.byKey, load);
  }

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
   * none when the key is itself a name (of any label: a different name is not a typo of a known one) or too short.
   */
  nearest(key: string, labels?: readonly string[]): CompactMatch[] {
    const allowed = typoEdits(key);
    if (allowed === 0 || this.byKey.has(key)) return [];
    let best = allowed + 1;
    let found: CompactMatch[] = [];
    for (const [name, nodes] of this.byKey) {
      if (Math.abs(name.length - key.length) > allowed || name.length < MIN_TYPO_LETTERS) continue;
      const edits = distance(name, key);
      if (edits > best) continue;
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

  /** The nodes of matches, loaded, in order; those the graph no longer holds left out. */
  async nodes(matches: readonly CompactMatch[]): Promise<EntityRow[]> {
    const loaded = await Promise.all(matches.map((match) => this.load(match.id)));
    return loaded.filter((node): node is EntityRow => Boolean(node));
  }
}

function ofLabels(nodeLabels: readonly string[], labels: readonly string[] | undefined): boolean {
  return !labels || nodeLabels.some((label) => labels.includes(label as SearchLabel));
}

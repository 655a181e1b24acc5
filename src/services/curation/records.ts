import type { z } from 'zod';
import type { Transaction } from '../../db/database';
import { ENTITIES_BY_ID } from '../../db/cypher/curation';
import type { EntityLabel } from '../../domain/model';
import type { SeedSet } from '../seeding/readSeeds';
import { InvalidInputError } from '../../domain/errors';
import { excerpt, withQuotedValuesCut } from '../../domain/excerpt';

/** Validates a write against the same schema as the seed files; the first problem becomes an InvalidInputError naming the field. */
export function parseRecord<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  throw new InvalidInputError(`${field}: ${withQuotedValuesCut(issue.message)}`, field);
}

export interface Reference {
  id: string | null | undefined;
  labels: readonly EntityLabel[];
  field: string;
  /** Retired actors are read-only: no new ties, none removed, until restored. */
  activeOnly?: boolean;
}

/** Checks that every referenced id exists with an allowed label; returns the labels found. One statement. */
export async function checkReferences(tx: Transaction, references: Reference[]): Promise<Map<string, EntityLabel>> {
  const ids = [...new Set(references.map((r) => r.id).filter((id): id is string => !!id))];
  const rows = ids.length ? await tx.run<{ id: string; label: EntityLabel; retiredAt: string | null }>(ENTITIES_BY_ID, { ids }) : [];
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const reference of references) {
    if (!reference.id) continue;
    const row = found.get(reference.id);
    const expected = reference.labels.map((l) => l.toLowerCase()).join(' or ');
    if (!row)
      throw new InvalidInputError(`${reference.field}: there is no ${expected} with id "${excerpt(reference.id)}".`, reference.field);
    if (!reference.labels.includes(row.label)) {
      throw new InvalidInputError(
        `${reference.field}: "${excerpt(reference.id)}" is ${withArticle(row.label.toLowerCase())}; expected ${withArticle(expected)}.`,
        reference.field,
      );
    }
    if (reference.activeOnly && row.retiredAt) {
      throw new InvalidInputError(
        `${reference.field}: "${excerpt(reference.id)}" was retired on ${row.retiredAt}; it takes no new ties (restore it first with restoreActor).`,
        reference.field,
      );
    }
  }
  return new Map(rows.map((row) => [row.id, row.label]));
}

/** Ids of entities that already exist among `ids`. */
export async function existingIds(tx: Transaction, ids: string[]): Promise<Set<string>> {
  const rows = ids.length ? await tx.run<{ id: string }>(ENTITIES_BY_ID, { ids }) : [];
  return new Set(rows.map((row) => row.id));
}

/** A SeedSet holding only the given records, for toGraphBatch. */
export function seedSetOf(records: Partial<Omit<SeedSet, 'documentTexts' | 'passageOffsets'>>): SeedSet {
  return {
    sources: [],
    places: [],
    domains: [],
    actors: [],
    programmes: [],
    fundings: [],
    ties: [],
    ...records,
    documentTexts: new Map(),
    passageOffsets: new Map(),
  };
}

function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

import { createHash } from 'node:crypto';
import type { NamedRef, Proposal, SentenceRef } from './contract';
import type { Mention, SentenceView } from './mentions';

/** A proposal's id: a hash of its kind, its fields and its sentence's offsets, so the same text read twice gives the same ids. */
export function proposalId(proposal: Omit<Proposal, 'id'>): string {
  const { confidence: _confidence, ...fields } = proposal as Omit<Proposal, 'id'> & { confidence: number };
  return createHash('sha256').update(stableJson(fields)).digest('hex').slice(0, 20);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** The sentence a proposal rests on. */
export function sentenceRef(view: SentenceView): SentenceRef {
  const { text, start, end } = view.reading.sentence;
  return { text, start, end };
}

/** A mention as the contract names things: its name, and its graph id or null when new. */
export function refOf(mention: Mention): NamedRef {
  return { name: mention.name, id: mention.link?.id ?? null };
}

/** Confidence rounded to two decimals, within 0..1. */
export function confidenceOf(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

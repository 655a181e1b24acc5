import type { Resolvers } from '../generated';
import { actorResolvers } from './actors';
import { askResolvers } from './ask';
import { curationResolvers } from './curation';
import { domainResolvers } from './domains';
import { fundingResolvers } from './funding';
import { ingestionResolvers } from './ingestion';
import { placeResolvers } from './places';
import { programmeResolvers } from './programmes';
import { searchResolvers } from './search';
import { sourceResolvers } from './sources';
import { tieResolvers } from './ties';

/** Merges the per-area resolver maps (each type's fields come from exactly one area). */
export function buildResolvers(): Resolvers {
  const areas = [
    actorResolvers,
    programmeResolvers,
    domainResolvers,
    placeResolvers,
    fundingResolvers,
    sourceResolvers,
    searchResolvers,
    curationResolvers,
    askResolvers,
    ingestionResolvers,
    tieResolvers,
  ];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const area of areas) {
    for (const [typeName, fields] of Object.entries(area)) {
      merged[typeName] = { ...(merged[typeName] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

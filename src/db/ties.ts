import type { TieSpec } from './cypher/nodes';

export type { TieSpec };
import { PROGRAMME_ROLES, type ProgrammeRoleType, type TieType } from '../domain/model';

/** The ties resolver fields read, seen from the node that owns the field. */

const actorToActor = (types: TieType[], direction: TieSpec['direction']): TieSpec => ({
  types,
  direction,
  from: 'Actor',
  to: 'Actor',
  order: 'name',
});

export const ACTOR_TIES = {
  founders: actorToActor(['FOUNDED'], 'IN'),
  founded: actorToActor(['FOUNDED'], 'OUT'),
  carriers: actorToActor(['CARRIES'], 'IN'),
  carries: actorToActor(['CARRIES'], 'OUT'),
  members: actorToActor(['MEMBER_OF'], 'IN'),
  memberOf: actorToActor(['MEMBER_OF'], 'OUT'),
  parts: actorToActor(['PART_OF'], 'IN'),
  partOf: actorToActor(['PART_OF'], 'OUT'),
  partners: actorToActor(['PARTNERS_WITH'], 'BOTH'),
  labelledBy: actorToActor(['LABELLED'], 'IN'),
  labelled: actorToActor(['LABELLED'], 'OUT'),
  leaders: actorToActor(['LEADS'], 'IN'),
  leads: actorToActor(['LEADS'], 'OUT'),
  tookOver: actorToActor(['TOOK_OVER'], 'OUT'),
  takenOverBy: actorToActor(['TOOK_OVER'], 'IN'),
  shareholders: actorToActor(['HOLDS_SHARES_IN'], 'IN'),
  holdsSharesIn: actorToActor(['HOLDS_SHARES_IN'], 'OUT'),
  spunOffFrom: actorToActor(['SPUN_OFF_FROM'], 'OUT'),
  spinOffs: actorToActor(['SPUN_OFF_FROM'], 'IN'),
  incubatedBy: actorToActor(['INCUBATED_BY'], 'OUT'),
  incubated: actorToActor(['INCUBATED_BY'], 'IN'),
} as const;

/** Specs read as of a date, per spec and date: the same object each time, so what is worked out from a spec (tieKey) is kept. */
const datedSpecs = new WeakMap<TieSpec, Map<string, TieSpec>>();
/** Dates kept per spec: usually one (today), a few more when clients ask for other dates. */
const DATES_PER_SPEC = 32;

/** A kind of tie read as of a date: only the ties holding then (see cypher/time.ts). */
export function asOf(spec: TieSpec, date: string): TieSpec {
  let byDate = datedSpecs.get(spec);
  if (!byDate) datedSpecs.set(spec, (byDate = new Map()));
  let dated = byDate.get(date);
  if (!dated) {
    if (byDate.size >= DATES_PER_SPEC) byDate.clear();
    byDate.set(date, (dated = { ...spec, asOf: date }));
  }
  return dated;
}

export function actorProgrammes(roles: readonly ProgrammeRoleType[]): TieSpec {
  return { types: roles, direction: 'OUT', from: 'Actor', to: 'Programme', order: 'name' };
}
export function programmeActors(roles: readonly ProgrammeRoleType[]): TieSpec {
  return { types: roles, direction: 'IN', from: 'Programme', to: 'Actor', order: 'name' };
}

export const ACTOR_DOMAINS: TieSpec = { types: ['ACTIVE_IN'], direction: 'OUT', from: 'Actor', to: 'Domain', order: 'name' };
export const ACTOR_FIGURES: TieSpec = { types: ['HAS_FIGURE'], direction: 'OUT', from: 'Actor', to: 'Figure', order: 'metric' };
export const FUNDING_RECEIVED: TieSpec = { types: ['GRANTED_TO'], direction: 'IN', from: 'Actor', to: 'Funding', order: 'amount' };
export const FUNDING_GIVEN: TieSpec = { types: ['GRANTS'], direction: 'OUT', from: 'Actor', to: 'Funding', order: 'amount' };

/** The arguments of a tie field; `asOf` is already checked and defaulted (today) by the caller. */
export interface TieFieldArgs {
  first?: number | null;
  roles?: readonly ProgrammeRoleType[] | null;
  asOf: string;
}

/** The tie fields of Actor, with the ties each reads for its arguments: field resolvers and look-ahead share this. */
export const ACTOR_TIE_FIELDS: Record<string, (args: TieFieldArgs) => { spec: TieSpec; first?: number | null }> = {
  domains: () => ({ spec: ACTOR_DOMAINS }),
  ...Object.fromEntries(
    Object.entries(ACTOR_TIES).map(([field, spec]) => [
      field,
      (args: TieFieldArgs) => ({ spec: asOf(spec, args.asOf), first: args.first }),
    ]),
  ),
  programmes: ({ roles, first, asOf: date }) => ({ spec: asOf(actorProgrammes(roles?.length ? roles : PROGRAMME_ROLES), date), first }),
  fundingReceived: () => ({ spec: FUNDING_RECEIVED }),
  fundingGiven: () => ({ spec: FUNDING_GIVEN }),
  figures: () => ({ spec: ACTOR_FIGURES }),
};

export const PROGRAMME_DOMAINS: TieSpec = { types: ['ACTIVE_IN'], direction: 'OUT', from: 'Programme', to: 'Domain', order: 'name' };
export const PROGRAMME_FIGURES: TieSpec = { types: ['HAS_FIGURE'], direction: 'OUT', from: 'Programme', to: 'Figure', order: 'metric' };
export const PROGRAMME_FUNDING: TieSpec = { types: ['UNDER'], direction: 'IN', from: 'Programme', to: 'Funding', order: 'amount' };
export const PROGRAMME_SUPPORTS: TieSpec = { types: ['SUPPORTS'], direction: 'OUT', from: 'Programme', to: 'Programme', order: 'name' };
export const PROGRAMME_SUPPORTED_BY: TieSpec = { types: ['SUPPORTS'], direction: 'IN', from: 'Programme', to: 'Programme', order: 'name' };

export const DOMAIN_PARENT: TieSpec = { types: ['SUBDOMAIN_OF'], direction: 'OUT', from: 'Domain', to: 'Domain', order: 'name' };
export const DOMAIN_SUBDOMAINS: TieSpec = { types: ['SUBDOMAIN_OF'], direction: 'IN', from: 'Domain', to: 'Domain', order: 'name' };
export const DOMAIN_PROGRAMMES: TieSpec = { types: ['ACTIVE_IN'], direction: 'IN', from: 'Domain', to: 'Programme', order: 'name' };
export const DOMAIN_FUNDING: TieSpec = { types: ['FOR_DOMAIN'], direction: 'IN', from: 'Domain', to: 'Funding', order: 'amount' };

export const PLACE_PARENT: TieSpec = { types: ['WITHIN'], direction: 'OUT', from: 'Place', to: 'Place', order: 'name' };
export const PLACE_CHILDREN: TieSpec = { types: ['WITHIN'], direction: 'IN', from: 'Place', to: 'Place', order: 'name' };

/** The funder leading a funding (its co-funders are FUNDING_COFUNDERS). */
export const FUNDING_FUNDER: TieSpec = {
  types: ['GRANTS'],
  direction: 'IN',
  from: 'Funding',
  to: 'Actor',
  order: 'name',
  only: 'leadFunder',
};
export const FUNDING_COFUNDERS: TieSpec = {
  types: ['GRANTS'],
  direction: 'IN',
  from: 'Funding',
  to: 'Actor',
  order: 'name',
  only: 'coFunders',
};
export const FUNDING_RECIPIENTS: TieSpec = { types: ['GRANTED_TO'], direction: 'OUT', from: 'Funding', to: 'Actor', order: 'name' };
export const FUNDING_PROGRAMME: TieSpec = { types: ['UNDER'], direction: 'OUT', from: 'Funding', to: 'Programme', order: 'name' };
export const FUNDING_DOMAINS: TieSpec = { types: ['FOR_DOMAIN'], direction: 'OUT', from: 'Funding', to: 'Domain', order: 'name' };
export const FUNDING_PART_OF: TieSpec = { types: ['PART_OF'], direction: 'OUT', from: 'Funding', to: 'Funding', order: 'amount' };
export const FUNDING_PARTS: TieSpec = { types: ['PART_OF'], direction: 'IN', from: 'Funding', to: 'Funding', order: 'amount' };

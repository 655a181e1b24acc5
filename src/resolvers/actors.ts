import type { ActorRow, DomainRow, FigureRow, FundingRow, ProgrammeRow } from '../db/rows';
import { actorListSpec, listPage } from '../db/directory';
import type { Resolvers } from '../generated/graphql';
import { ACTOR_KINDS } from '../graph/model';
import { labelIn } from '../graph/vocabulary';
import { allTermsQuery } from '../search/lucene';
import { checkActorFilter, pageSize, requireFilterIds, selectedFields, selects, whenEmpty, withCursor } from './arguments';
import { citations, connectionFields, tiesOf } from './common';
import { ACTOR_DOMAINS, ACTOR_FIGURES, ACTOR_TIES, actorProgrammes, FUNDING_GIVEN, FUNDING_RECEIVED, PROGRAMME_ROLES, ProgrammeRoleType } from './ties';
import { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import type { Context } from '../context';
import type { TieSpec } from '../db/cypher/nodes';

/** The tie fields of Actor, with the ties each reads for its arguments: field resolvers and look-ahead share this. */
const ACTOR_TIE_FIELDS: Record<string, (args: { first?: number | null; roles?: readonly ProgrammeRoleType[] | null }) => { spec: TieSpec; first?: number | null }> = {
  domains: () => ({ spec: ACTOR_DOMAINS }),
  ...Object.fromEntries(Object.entries(ACTOR_TIES).map(([field, spec]) => [field, ({ first }: { first?: number | null }) => ({ spec, first })])),
  programmes: ({ roles, first }) => ({ spec: actorProgrammes(roles?.length ? roles : PROGRAMME_ROLES), first }),
  fundingReceived: () => ({ spec: FUNDING_RECEIVED }),
  fundingGiven: () => ({ spec: FUNDING_GIVEN }),
  figures: () => ({ spec: ACTOR_FIGURES }),
};

const tiesFor = <T>(ctx: Context, field: keyof typeof ACTOR_TIE_FIELDS, id: string, args: { first?: number | null; roles?: readonly ProgrammeRoleType[] | null } = {}) => {
  const { spec, first } = ACTOR_TIE_FIELDS[field]!(args);
  return tiesOf<T>(ctx, spec, id, first);
};

/**
 * Look-ahead for a single actor: asks now for the ties its selected fields will read, so they travel
 * in the same statement as the actor itself (one round trip instead of two). Only a shortcut: the
 * field resolvers ask again and get the same cached answer, and check their arguments themselves.
 */
function prefetchTies(ctx: Context, info: GraphQLResolveInfo, id: string): void {
  const actorType = info.schema.getType('Actor') as GraphQLObjectType;
  for (const field of selectedFields(info)) {
    const read = ACTOR_TIE_FIELDS[field.name.value];
    const definition = actorType.getFields()[field.name.value];
    if (!read || !definition) continue;
    try {
      const { spec, first } = read(getArgumentValues(definition, field, info.variableValues));
      tiesOf(ctx, spec, id, first).catch(() => undefined); // the field resolver reports any failure
    } catch {
      // a bad argument: the field resolver reports it
    }
  }
}

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, { id }, ctx, info) => {
      prefetchTies(ctx, info, id);
      return ctx.loaders.actor.load(id);
    },
    actorKinds: () => ACTOR_KINDS.map((kind) => ({ kind })),
    actors: async (_, { filter, orderBy, first, after }, ctx, info) => {
      const size = pageSize(ctx, first);
      const f = checkActorFilter(filter);
      const spec = actorListSpec(f, f.text ? allTermsQuery(f.text) : undefined);
      const order = orderBy ?? 'NAME_ASC';
      const page = await withCursor(() =>
        listPage<ActorRow>(ctx.db, spec, { first: size, after: after, order, descending: order === 'NAME_DESC', countNow: selects(info, 'totalCount') }),
      );
      await whenEmpty(page.edges, () => requireFilterIds(ctx, f));
      return page;
    },
  },
  ActorKindInfo: {
    label: ({ kind }, { lang }, ctx) => labelIn(ctx.vocabulary.actorKinds[kind], lang ?? 'FR'),
    words: ({ kind }, _, ctx) => ctx.vocabulary.actorKinds[kind].words,
  },
  Actor: {
    kindLabel: (actor, { lang }, ctx) => labelIn(ctx.vocabulary.actorKinds[actor.kind], lang ?? 'FR'),
    location: (actor, _, ctx) => ctx.loaders.location.load(actor.id),
    domains: (actor, _, ctx) => tiesFor<DomainRow>(ctx, 'domains', actor.id),
    founders: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'founders', actor.id, args),
    founded: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'founded', actor.id, args),
    carriers: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'carriers', actor.id, args),
    carries: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'carries', actor.id, args),
    members: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'members', actor.id, args),
    memberOf: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'memberOf', actor.id, args),
    parts: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'parts', actor.id, args),
    partOf: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'partOf', actor.id, args),
    partners: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'partners', actor.id, args),
    labelledBy: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'labelledBy', actor.id, args),
    labelled: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'labelled', actor.id, args),
    leaders: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'leaders', actor.id, args),
    leads: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'leads', actor.id, args),
    programmes: (actor, args, ctx) => tiesFor<ProgrammeRow>(ctx, 'programmes', actor.id, args),
    fundingReceived: async (actor, _, ctx) => (await tiesFor<FundingRow>(ctx, 'fundingReceived', actor.id)).map((tie) => tie.node),
    fundingGiven: async (actor, _, ctx) => (await tiesFor<FundingRow>(ctx, 'fundingGiven', actor.id)).map((tie) => tie.node),
    figures: async (actor, _, ctx) => (await tiesFor<FigureRow>(ctx, 'figures', actor.id)).map((tie) => tie.node),
    sources: (actor, _, ctx) => citations(ctx, actor.passageIds),
  },
  ActorConnection: connectionFields,
  ActorTie: {
    actor: (tie) => tie.node,
    sources: (tie, _, ctx) => citations(ctx, tie.passageIds),
  },
  ProgrammeTie: {
    programme: (tie) => tie.node,
    role: (tie) => tie.type as (typeof PROGRAMME_ROLES)[number],
    sources: (tie, _, ctx) => citations(ctx, tie.passageIds),
  },
  DomainTie: {
    domain: (tie) => tie.node,
    sources: (tie, _, ctx) => citations(ctx, tie.passageIds),
  },
  Location: {
    city: (location) => location.chain.find((place) => place.kind === 'CITY') ?? null,
    department: (location) => location.chain.find((place) => place.kind === 'DEPARTMENT') ?? null,
    region: (location) => location.chain.find((place) => place.kind === 'REGION') ?? null,
    country: (location) => location.chain.find((place) => place.kind === 'COUNTRY') ?? null,
    sources: (location, _, ctx) => citations(ctx, location.passageIds),
  },
  Figure: {
    label: (figure, { lang }, ctx) => labelIn(ctx.vocabulary.figureMetrics[figure.metric as keyof typeof ctx.vocabulary.figureMetrics], lang ?? 'FR'),
    unit: (figure, _, ctx) => ctx.vocabulary.figureMetrics[figure.metric as keyof typeof ctx.vocabulary.figureMetrics].unit,
    metric: (figure) => figure.metric as never,
    sources: (figure, _, ctx) => citations(ctx, figure.passageIds),
  },
};

import type { ActorRow, DomainRow, FigureRow, FundingRow, ProgrammeRow } from '../db/rows';
import { actorListSpec, listPage } from '../db/directory';
import type { Resolvers } from '../generated/graphql';
import { ACTOR_KINDS } from '../graph/model';
import { labelIn } from '../graph/vocabulary';
import { allTermsQuery } from '../search/lucene';
import { checkActorFilter, pageSize, requireFilterIds, selects, whenEmpty, withCursor } from './arguments';
import { citations, connectionFields, nodesOf, tiesOf } from './common';
import { ACTOR_DOMAINS, ACTOR_FIGURES, ACTOR_TIES, actorProgrammes, FUNDING_GIVEN, FUNDING_RECEIVED, PROGRAMME_ROLES } from './ties';

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, { id }, ctx) => ctx.loaders.actor.load(id),
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
    domains: (actor, _, ctx) => tiesOf<DomainRow>(ctx, ACTOR_DOMAINS, actor.id),
    founders: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.founders, actor.id, first),
    founded: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.founded, actor.id, first),
    carriers: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.carriers, actor.id, first),
    carries: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.carries, actor.id, first),
    members: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.members, actor.id, first),
    memberOf: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.memberOf, actor.id, first),
    parts: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.parts, actor.id, first),
    partOf: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.partOf, actor.id, first),
    partners: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.partners, actor.id, first),
    labelledBy: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.labelledBy, actor.id, first),
    labelled: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.labelled, actor.id, first),
    leaders: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.leaders, actor.id, first),
    leads: (actor, { first }, ctx) => tiesOf<ActorRow>(ctx, ACTOR_TIES.leads, actor.id, first),
    programmes: (actor, { roles, first }, ctx) =>
      tiesOf<ProgrammeRow>(ctx, actorProgrammes(roles?.length ? roles : PROGRAMME_ROLES), actor.id, first),
    fundingReceived: (actor, _, ctx) => nodesOf<FundingRow>(ctx, FUNDING_RECEIVED, actor.id),
    fundingGiven: (actor, _, ctx) => nodesOf<FundingRow>(ctx, FUNDING_GIVEN, actor.id),
    figures: (actor, _, ctx) => nodesOf<FigureRow>(ctx, ACTOR_FIGURES, actor.id),
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

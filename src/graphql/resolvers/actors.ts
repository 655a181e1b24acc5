import type { ActorRow, DomainRow, FigureRow, FundingRow, ProgrammeRow, TieRow } from '../../db/rows';
import type { Resolvers } from '../generated';
import { ACTOR_KINDS, type ActorKind } from '../../domain/model';
import { labelIn } from '../../domain/vocabulary';
import { actorById, listActors, locationOf, timelineOf } from '../../services/directory';
import { checkActorFilter, dateOrToday, pageSize } from '../arguments';
import { projectionOf, selects } from '../lookahead';
import { citations, connectionFields, tiesOf } from './common';
import { ACTOR_TIE_FIELDS } from '../../db/ties';
import type { PROGRAMME_ROLES, ProgrammeRoleType } from '../../domain/model';
import type { Context } from '../context';
import { isWebAddress } from '../../domain/limits';

/** An actor's ties of one kind, for one of its tie fields. */
function tiesFor<T>(
  ctx: Context,
  field: string,
  actor: ActorRow,
  args: { first?: number | null; roles?: readonly ProgrammeRoleType[] | null; asOf?: string | null } = {},
): Promise<TieRow<T>[]> | TieRow<T>[] {
  const { spec, first } = ACTOR_TIE_FIELDS[field]!({ first: args.first, roles: args.roles, asOf: dateOrToday(args.asOf, 'asOf') });
  return tiesOf<T>(ctx, spec, actor, first);
}

const NO_FACETS = { kinds: [], domains: [], departments: [], cities: [], programmes: [], funders: [], foundedYears: [] };

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, { id }, ctx, info) => actorById(ctx.services, projectionOf(ctx, info, 'Actor'), id),
    actorKinds: () => ACTOR_KINDS.map((kind) => ({ kind })),
    actors: (_, { filter, orderBy, first, after }, ctx, info) => {
      const args = {
        first: pageSize(ctx, first),
        after,
        filter: checkActorFilter(filter),
        order: orderBy ?? 'NAME_ASC',
        countTotal: selects(info, 'totalCount'),
        facetsNow: selects(info, 'facets'),
      };
      return listActors(ctx.services, args);
    },
  },
  ActorKindInfo: {
    label: ({ kind }, { lang }, ctx) => labelIn(ctx.vocabulary.actorKinds[kind], lang ?? 'FR'),
    words: ({ kind }, _, ctx) => ctx.vocabulary.actorKinds[kind].words,
  },
  Actor: {
    kindLabel: (actor, { lang }, ctx) => labelIn(ctx.vocabulary.actorKinds[actor.kind], lang ?? 'FR'),
    // Written values are checked (http/https only); this also keeps a link stored before the check from reaching a page.
    website: (actor) => (actor.website && isWebAddress(actor.website) ? actor.website : null),
    location: (actor, _, ctx) => locationOf(ctx.services, actor.id),
    domains: (actor, _, ctx) => tiesFor<DomainRow>(ctx, 'domains', actor),
    founders: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'founders', actor, args),
    founded: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'founded', actor, args),
    carriers: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'carriers', actor, args),
    carries: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'carries', actor, args),
    members: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'members', actor, args),
    memberOf: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'memberOf', actor, args),
    parts: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'parts', actor, args),
    partOf: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'partOf', actor, args),
    partners: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'partners', actor, args),
    labelledBy: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'labelledBy', actor, args),
    labelled: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'labelled', actor, args),
    leaders: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'leaders', actor, args),
    leads: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'leads', actor, args),
    tookOver: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'tookOver', actor, args),
    takenOverBy: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'takenOverBy', actor, args),
    shareholders: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'shareholders', actor, args),
    holdsSharesIn: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'holdsSharesIn', actor, args),
    spunOffFrom: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'spunOffFrom', actor, args),
    spinOffs: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'spinOffs', actor, args),
    incubatedBy: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'incubatedBy', actor, args),
    incubated: (actor, args, ctx) => tiesFor<ActorRow>(ctx, 'incubated', actor, args),
    foundedIn: (actor) => actor.founded ?? null,
    timeline: (actor, _, ctx) => timelineOf(ctx.services, actor.id),
    programmes: (actor, args, ctx) => tiesFor<ProgrammeRow>(ctx, 'programmes', actor, args),
    fundingReceived: async (actor, _, ctx) => (await tiesFor<FundingRow>(ctx, 'fundingReceived', actor)).map((tie) => tie.node),
    fundingGiven: async (actor, _, ctx) => (await tiesFor<FundingRow>(ctx, 'fundingGiven', actor)).map((tie) => tie.node),
    figures: async (actor, _, ctx) => (await tiesFor<FigureRow>(ctx, 'figures', actor)).map((tie) => tie.node),
    sources: (actor, _, ctx) => citations(ctx, actor.passageIds),
  },
  ActorConnection: {
    ...connectionFields,
    facets: (page) => page.facets?.() ?? NO_FACETS,
  },
  FacetValue: {
    label: (value, { lang }, ctx) => {
      const language = lang ?? 'FR';
      if (language === 'EN' && value.nameEn) return value.nameEn;
      if (value.name) return value.name;
      const kind = ctx.vocabulary.actorKinds[value.value as ActorKind];
      return kind ? labelIn(kind, language) : value.value;
    },
  },
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
  TimelineEvent: {
    sources: (event, _, ctx) => citations(ctx, event.passageIds),
  },
  Figure: {
    label: (figure, { lang }, ctx) =>
      labelIn(ctx.vocabulary.figureMetrics[figure.metric as keyof typeof ctx.vocabulary.figureMetrics], lang ?? 'FR'),
    unit: (figure, _, ctx) => ctx.vocabulary.figureMetrics[figure.metric as keyof typeof ctx.vocabulary.figureMetrics].unit,
    metric: (figure) => figure.metric as never,
    sources: (figure, _, ctx) => citations(ctx, figure.passageIds),
  },
};

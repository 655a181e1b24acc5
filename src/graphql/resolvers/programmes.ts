import type { ActorRow, DomainRow, FigureRow, FundingRow, ProgrammeRow } from '../../db/rows';
import { listProgrammes, programmeById } from '../../services/directory';
import type { Resolvers } from '../generated';
import { PROGRAMME_ROLES } from '../../domain/model';
import { labelIn } from '../../domain/vocabulary';
import { dateOrToday, pageSize } from '../arguments';
import { citations, connectionFields, nodesOf, tiesOf } from './common';
import {
  PROGRAMME_DOMAINS,
  PROGRAMME_FIGURES,
  PROGRAMME_FUNDING,
  PROGRAMME_SUPPORTED_BY,
  PROGRAMME_SUPPORTS,
  asOf,
  programmeActors,
} from '../../db/ties';

export const programmeResolvers: Resolvers = {
  Query: {
    programme: (_, { id }, ctx) => programmeById(ctx.services, id),
    programmes: (_, { kind, first, after }, ctx) => {
      const args = { kind, first: pageSize(ctx, first, 'first', 50), after };
      return listProgrammes(ctx.services, args);
    },
  },
  Programme: {
    kindLabel: (programme, { lang }, ctx) => labelIn(ctx.vocabulary.programmeKinds[programme.kind], lang ?? 'FR'),
    actors: (programme, { roles, first, asOf: date }, ctx) =>
      tiesOf<ActorRow>(ctx, asOf(programmeActors(roles?.length ? roles : PROGRAMME_ROLES), dateOrToday(date, 'asOf')), programme.id, first),
    domains: (programme, _, ctx) => tiesOf<DomainRow>(ctx, PROGRAMME_DOMAINS, programme.id),
    funding: (programme, _, ctx) => nodesOf<FundingRow>(ctx, PROGRAMME_FUNDING, programme.id),
    supports: (programme, _, ctx) => tiesOf<ProgrammeRow>(ctx, PROGRAMME_SUPPORTS, programme.id),
    supportedBy: (programme, _, ctx) => tiesOf<ProgrammeRow>(ctx, PROGRAMME_SUPPORTED_BY, programme.id),
    figures: (programme, _, ctx) => nodesOf<FigureRow>(ctx, PROGRAMME_FIGURES, programme.id),
    sources: (programme, _, ctx) => citations(ctx, programme.passageIds),
  },
  ProgrammeConnection: connectionFields,
  ProgrammeActorTie: {
    actor: (tie) => tie.node,
    role: (tie) => tie.type as (typeof PROGRAMME_ROLES)[number],
    sources: (tie, _, ctx) => citations(ctx, tie.passageIds),
  },
  ProgrammeLink: {
    programme: (tie) => tie.node,
    sources: (tie, _, ctx) => citations(ctx, tie.passageIds),
  },
};

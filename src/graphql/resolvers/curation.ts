import { requireCurator } from '../auth';
import {
  addFunding,
  addTie,
  createActor,
  removeFunding,
  removeTie,
  restoreActor,
  retireActor,
  updateActor,
} from '../../services/curation/mutations';
import { listChanges } from '../../services/curation/changes';
import type { Resolvers } from '../generated';
import type { TieType } from '../../domain/model';
import { intInRange } from '../arguments';
import { PAGE_SIZE } from '../../domain/limits';
import { idempotentMutations } from '../idempotency';

export const curationResolvers: Resolvers = {
  Query: {
    // Curators only: the history names curators and holds records as they were before each change.
    changes: (_, { targetId, first }, ctx) => {
      requireCurator(ctx, 'reading the history of writes needs');
      return listChanges(ctx.services, {
        targetId,
        first: intInRange(first, { default: PAGE_SIZE.changes, min: 1, max: ctx.config.limits.maxPageSize }, 'first'),
      });
    },
  },
  Mutation: idempotentMutations({
    createActor: (_, { input }, ctx) => createActor(ctx.services.db, requireCurator(ctx).name, input),
    updateActor: (_, { id, input, source }, ctx) => updateActor(ctx.services.db, requireCurator(ctx).name, id, input, source),
    retireActor: (_, { id, reason }, ctx) => retireActor(ctx.services.db, requireCurator(ctx).name, id, reason),
    restoreActor: (_, { id, source }, ctx) => restoreActor(ctx.services.db, requireCurator(ctx).name, id, source),
    addTie: (_, { input }, ctx) => addTie(ctx.services.db, requireCurator(ctx).name, { ...input, kind: input.kind as TieType }),
    removeTie: (_, { kind, from, to, reason }, ctx) =>
      removeTie(ctx.services.db, requireCurator(ctx).name, kind as TieType, from, to, reason),
    addFunding: (_, { input }, ctx) => addFunding(ctx.services.db, requireCurator(ctx).name, input),
    removeFunding: (_, { id, source }, ctx) => removeFunding(ctx.services.db, requireCurator(ctx).name, id, source),
  }),
};

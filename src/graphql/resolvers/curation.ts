import { requireCurator } from '../auth';
import { addFunding, addTie, createActor, removeTie, retireActor, updateActor } from '../../services/curation/mutations';
import { CHANGES } from '../../db/cypher/curation';
import type { ChangeRecord } from '../../services/curation/changes';
import type { Resolvers } from '../generated';
import type { TieType } from '../../domain/model';
import { intInRange } from '../arguments';
import { idempotentMutations } from '../idempotency';

export const curationResolvers: Resolvers = {
  Query: {
    changes: async (_, { targetId, first }, ctx) =>
      (await ctx.db.read<{ change: ChangeRecord }>(CHANGES, { targetId: targetId ?? null, first: intInRange(first, 20, 1, ctx.config.limits.maxPageSize, 'first') })).map(
        (row) => row.change,
      ),
  },
  Mutation: idempotentMutations({
    createActor: (_, { input }, ctx) => createActor(ctx.db, requireCurator(ctx).name, input),
    updateActor: (_, { id, input, source }, ctx) => updateActor(ctx.db, requireCurator(ctx).name, id, input, source),
    retireActor: (_, { id, reason }, ctx) => retireActor(ctx.db, requireCurator(ctx).name, id, reason),
    addTie: (_, { input }, ctx) => addTie(ctx.db, requireCurator(ctx).name, { ...input, kind: input.kind as TieType }),
    removeTie: (_, { kind, from, to, reason }, ctx) => removeTie(ctx.db, requireCurator(ctx).name, kind as TieType, from, to, reason),
    addFunding: (_, { input }, ctx) => addFunding(ctx.db, requireCurator(ctx).name, input),
  }),
};

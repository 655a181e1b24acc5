import type { Resolvers } from '../generated';
import { actorsCitingSource, entityById, listSources, passagesOfSource, sourceById } from '../../services/directory';
import { pageSize } from '../arguments';

export const sourceResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => entityById(ctx.services, id),
    source: (_, { id }, ctx) => sourceById(ctx.services, id),
    sources: (_, __, ctx) => listSources(ctx.services),
  },
  Source: {
    passages: (source, _, ctx) => passagesOfSource(ctx.services, source.id),
    actors: (source, { first }, ctx) => actorsCitingSource(ctx.services, source.id, pageSize(ctx, first, 'first', 100)),
  },
  Citation: {
    passageId: (passage) => passage.id,
    source: async (passage, _, ctx) => {
      const source = await sourceById(ctx.services, passage.sourceId);
      if (!source) throw new Error(`Passage ${passage.id} cites a missing source ${passage.sourceId}`);
      return source;
    },
  },
};

import type { Resolvers } from '../generated';
import { ALL_SOURCES } from '../../db/cypher/nodes';
import type { SourceRow } from '../../db/rows';
import { pageSize } from '../arguments';
import { PAGE_SIZE } from '../../domain/limits';

export const sourceResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => ctx.loaders.entity.load(id),
    source: (_, { id }, ctx) => ctx.loaders.source.load(id),
    sources: async (_, __, ctx) => (await ctx.db.read<{ node: SourceRow }>(ALL_SOURCES)).map((row) => row.node),
  },
  Source: {
    passages: (source, _, ctx) => ctx.loaders.sourcePassages.load(source.id),
    actors: (source, { first }, ctx) => ctx.loaders.sourceActors(pageSize(ctx, first, 'first', PAGE_SIZE.ties)).load(source.id),
  },
  Citation: {
    passageId: (passage) => passage.id,
    source: async (passage, _, ctx) => {
      const source = await ctx.loaders.source.load(passage.sourceId);
      if (!source) throw new Error(`Passage ${passage.id} cites a missing source ${passage.sourceId}`);
      return source;
    },
  },
};

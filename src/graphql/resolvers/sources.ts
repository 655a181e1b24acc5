import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { Resolvers } from '../generated';
import { PARTIAL_DATE } from '../../domain/model';
import { actorsCitingSource, citationKind, entityById, listSources, passagesOfSource, sourceById } from '../../services/directory';
import { pageSize } from '../arguments';

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD, refused otherwise (a variable with BAD_USER_INPUT, a literal at validation). */
const dateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A year, month or day: 2023, 2023-05 or 2023-05-14.',
  serialize: (value) => String(value),
  parseValue: (value) => checkedDate(value),
  parseLiteral: (ast) => checkedDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function checkedDate(value: unknown): string {
  if (typeof value === 'string' && PARTIAL_DATE.test(value)) return value;
  throw new GraphQLError(`A Date is a year, a month or a day: "2023", "2023-05" or "2023-05-14" (got ${JSON.stringify(value)}).`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const sourceResolvers: Resolvers = {
  Date: dateScalar,
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
    kind: (passage, _, ctx) => citationKind(ctx.services, passage),
    source: async (passage, _, ctx) => {
      const source = await sourceById(ctx.services, passage.sourceId);
      if (!source) throw new Error(`Passage ${passage.id} cites a missing source ${passage.sourceId}`);
      return source;
    },
  },
};

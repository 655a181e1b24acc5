import type { PlaceRow } from '../../db/rows';
import { listPage, simpleListSpec } from '../../db/directory';
import type { Resolvers } from '../generated';
import { pageSize } from '../arguments';
import { PAGE_SIZE } from '../../domain/limits';
import { citations, connectionFields, nodeOf, nodesOf } from './common';
import { PLACE_CHILDREN, PLACE_PARENT } from '../../db/ties';

export const placeResolvers: Resolvers = {
  Query: {
    place: (_, { id }, ctx) => ctx.loaders.place.load(id),
    places: (_, { kind, first, after }, ctx) => {
      const spec = kind ? simpleListSpec('Place', ['n.kind = $kind'], { kind }) : simpleListSpec('Place');
      return listPage<PlaceRow>(ctx.db, spec, { first: pageSize(ctx, first, 'first', PAGE_SIZE.lists), after, order: 'NAME_ASC' });
    },
  },
  Place: {
    parent: (place, _, ctx) => nodeOf<PlaceRow>(ctx, PLACE_PARENT, place.id),
    children: (place, _, ctx) => nodesOf<PlaceRow>(ctx, PLACE_CHILDREN, place.id),
    actors: (place, { includeContained, first }, ctx) =>
      ctx.loaders.placeActors(includeContained ?? true, pageSize(ctx, first, 'first', PAGE_SIZE.ties)).load(place.id),
    sources: (place, _, ctx) => citations(ctx, place.passageIds),
  },
  PlaceConnection: connectionFields,
};

import type { PlaceRow } from '../../db/rows';
import { actorsInPlace, listPlaces, placeById } from '../../services/directory';
import type { Resolvers } from '../generated';
import { pageSize } from '../arguments';
import { citations, connectionFields, nodeOf, nodesOf } from './common';
import { PLACE_CHILDREN, PLACE_PARENT } from '../../db/ties';

export const placeResolvers: Resolvers = {
  Query: {
    place: (_, { id }, ctx) => placeById(ctx.services, id),
    places: (_, { kind, first, after }, ctx) => {
      const args = { kind, first: pageSize(ctx, first, 'first', 50), after };
      return listPlaces(ctx.services, args);
    },
  },
  Place: {
    parent: (place, _, ctx) => nodeOf<PlaceRow>(ctx, PLACE_PARENT, place.id),
    children: (place, _, ctx) => nodesOf<PlaceRow>(ctx, PLACE_CHILDREN, place.id),
    actors: (place, { includeContained, first }, ctx) =>
      actorsInPlace(ctx.services, place.id, { includeContained, first: pageSize(ctx, first, 'first', 100) }),
    sources: (place, _, ctx) => citations(ctx, place.passageIds),
  },
  PlaceConnection: connectionFields,
};

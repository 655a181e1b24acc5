import type { EntityRow, PassageRow } from '../../db/rows';
import { InvalidInputError } from '../../domain/errors';
import {
  HUB_LIMIT,
  NEIGHBOURHOOD_DEPTH,
  NEIGHBOURHOOD_SIZE,
  PATH_HOPS,
  PATH_HUB_LIMIT,
  PATH_RESULTS,
  RANKED_RESULTS,
  TIED_TO_HOPS,
} from '../../domain/limits';
import { SEARCHABLE_LABELS } from '../../domain/model';
import type { Resolvers, SearchableType } from '../generated';
import { labelIn } from '../../domain/vocabulary';
import { neighbourhoodOf, partnerSuggestions, paths, search, tiedTo } from '../../services/graphSearch';
import { searchFacets } from '../../services/directory';
import { checkActorFilter, checkText, intInRange } from '../arguments';
import { citations } from './common';

/** A node's display name in the requested language (domains have an English name). */
function nameIn(node: EntityRow, lang: 'FR' | 'EN'): string {
  if (lang === 'EN' && 'nameEn' in node && node.nameEn) return node.nameEn;
  return 'name' in node && node.name ? node.name : node.id;
}

/** The node tiedTo starts from: `anchor`, or `actor` (its former name); exactly one of them. */
function tiedAnchor(anchor: string | null | undefined, actor: string | null | undefined): { anchor: string; anchorField: string } {
  if (anchor != null && actor != null && anchor !== actor)
    throw new InvalidInputError('give the node in anchor only: actor is its former name.', 'actor');
  if (anchor != null) return { anchor, anchorField: 'anchor' };
  if (actor != null) return { anchor: actor, anchorField: 'actor' };
  throw new InvalidInputError('anchor is missing: give the id of the actor, place, programme or domain to start from.', 'anchor');
}

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { text, filter, first }, ctx) => {
      if (text.trim() === '')
        throw new InvalidInputError('text must not be empty: type a name, an alias or words of a description.', 'text');
      checkText(text, 'text');
      const size = intInRange(first, RANKED_RESULTS, 'first');
      const { types, kinds, domains, place } = filter ?? {};
      const actorFilter = checkActorFilter({ kinds, domains, place });
      const labels = (types?.length ? types : (['ACTOR'] as SearchableType[])).map((type) => SEARCHABLE_LABELS[type]);
      return search(ctx.services, { text, labels, filter: actorFilter, first: size });
    },
    searchFacets: (_, { text, filter }, ctx) => {
      checkText(text, 'text');
      const { kinds, domains, place } = filter ?? {};
      return searchFacets(ctx.services, { text, filter: checkActorFilter({ kinds, domains, place }) });
    },
    tiedTo: (_, { anchor, actor, filter, maxHops, excludeTies, avoidHubsAbove, first }, ctx) =>
      tiedTo(ctx.services, {
        ...tiedAnchor(anchor, actor),
        filter: checkActorFilter(filter),
        excludeTies,
        maxHops: intInRange(maxHops, TIED_TO_HOPS, 'maxHops'),
        hubLimit: intInRange(avoidHubsAbove, HUB_LIMIT, 'avoidHubsAbove'),
        first: intInRange(first, RANKED_RESULTS, 'first'),
      }),
    paths: (_, { from, to, maxHops, avoid, avoidHubsAbove, excludeTies, first }, ctx) =>
      paths(ctx.services, {
        from,
        to,
        excludeTies,
        maxHops: intInRange(maxHops, PATH_HOPS, 'maxHops'),
        avoid,
        hubLimit:
          avoidHubsAbove === null || avoidHubsAbove === undefined ? null : intInRange(avoidHubsAbove, PATH_HUB_LIMIT, 'avoidHubsAbove'),
        first: intInRange(first, PATH_RESULTS, 'first'),
      }),
    neighbourhood: (_, { id, depth, excludeTies, limit }, ctx) =>
      neighbourhoodOf(ctx.services, {
        id,
        depth: intInRange(depth, NEIGHBOURHOOD_DEPTH, 'depth'),
        excludeTies,
        limit: intInRange(limit, NEIGHBOURHOOD_SIZE, 'limit'),
      }),
    partnerSuggestions: (_, { actor, filter, avoidHubsAbove, first }, ctx) =>
      partnerSuggestions(ctx.services, {
        actor,
        filter: checkActorFilter(filter),
        hubLimit: intInRange(avoidHubsAbove, HUB_LIMIT, 'avoidHubsAbove'),
        first: intInRange(first, RANKED_RESULTS, 'first'),
      }),
  },
  Edge: {
    id: (edge) => `${edge.from}|${edge.type}|${edge.to}`,
    kind: (edge) => edge.type as never,
    label: (edge, { lang }, ctx) => labelIn(ctx.vocabulary.tieKinds[edge.type], lang ?? 'FR'),
    sources: (edge, _, ctx) => citations(ctx, edge.passageIds),
  },
  Path: {
    length: (path) => path.edges.length,
  },
  TiedActor: {
    hops: (tied) => tied.path.edges.length,
  },
  SuggestionReason: {
    text: (reason, { lang }, ctx) => {
      const language = lang ?? 'FR';
      const template = ctx.vocabulary.reasons[reason.kind];
      const words = reason.through && template.through ? labelIn(template.through, language) : labelIn(template, language);
      return words.replace('{via}', nameIn(reason.via, language)).replace('{through}', reason.through?.name ?? '');
    },
    sources: (reason, _, ctx): Promise<PassageRow[]> => citations(ctx, reason.passageIds),
  },
};

import type { EntityRow, PassageRow } from '../../db/rows';
import { badInput } from '../errors';
import type { Resolvers, SearchableType } from '../generated';
import { labelIn } from '../../domain/vocabulary';
import { GRAPH_SEARCH_DEFAULTS, neighbourhoodOf, partnerSuggestions, paths, search, SearchLabel, tiedTo } from '../../services/graphSearch';
import { checkActorFilter, checkText, intInRange } from '../arguments';
import { citations } from './common';

const SEARCH_LABELS: Record<SearchableType, SearchLabel> = { ACTOR: 'Actor', PROGRAMME: 'Programme', DOMAIN: 'Domain', PLACE: 'Place' };
const DEFAULTS = GRAPH_SEARCH_DEFAULTS;

/** A node's display name in the requested language (domains have an English name). */
function nameIn(node: EntityRow, lang: 'FR' | 'EN'): string {
  if (lang === 'EN' && 'nameEn' in node && node.nameEn) return node.nameEn;
  return 'name' in node && node.name ? node.name : node.id;
}

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { text, filter, first }, ctx) => {
      if (text.trim() === '') throw badInput('text must not be empty: type a name, an alias or words of a description.', 'text');
      checkText(text, 'text');
      const size = intInRange(first, DEFAULTS.search.first, 1, 50, 'first');
      const { types, kinds, domains, place } = filter ?? {};
      const actorFilter = checkActorFilter({ kinds, domains, place });
      const labels = (types?.length ? types : (['ACTOR'] as SearchableType[])).map((type) => SEARCH_LABELS[type]);
      return search(ctx.services, { text, labels, filter: actorFilter, first: size });
    },
    tiedTo: (_, { actor, filter, maxHops, excludeTies, avoidHubsAbove, first }, ctx) =>
      tiedTo(ctx.services, {
        anchor: actor,
        filter: checkActorFilter(filter),
        excludeTies,
        maxHops: intInRange(maxHops, DEFAULTS.tiedTo.maxHops, 1, 4, 'maxHops'),
        hubLimit: intInRange(avoidHubsAbove, DEFAULTS.tiedTo.hubLimit, 1, 10_000_000, 'avoidHubsAbove'),
        first: intInRange(first, DEFAULTS.tiedTo.first, 1, 50, 'first'),
      }),
    paths: (_, { from, to, maxHops, avoid, avoidHubsAbove, excludeTies, first }, ctx) =>
      paths(ctx.services, {
        from,
        to,
        excludeTies,
        maxHops: intInRange(maxHops, DEFAULTS.paths.maxHops, 1, 6, 'maxHops'),
        avoid,
        hubLimit: avoidHubsAbove === null || avoidHubsAbove === undefined ? null : intInRange(avoidHubsAbove, 0, 1, 1_000_000, 'avoidHubsAbove'),
        first: intInRange(first, DEFAULTS.paths.first, 1, 10, 'first'),
      }),
    neighbourhood: (_, { id, depth, excludeTies, limit }, ctx) =>
      neighbourhoodOf(ctx.services, {
        id,
        depth: intInRange(depth, DEFAULTS.neighbourhood.depth, 1, 3, 'depth'),
        excludeTies,
        limit: intInRange(limit, DEFAULTS.neighbourhood.limit, 1, 300, 'limit'),
      }),
    partnerSuggestions: (_, { actor, filter, avoidHubsAbove, first }, ctx) =>
      partnerSuggestions(ctx.services, {
        actor,
        filter: checkActorFilter(filter),
        hubLimit: intInRange(avoidHubsAbove, DEFAULTS.partnerSuggestions.hubLimit, 1, 10_000_000, 'avoidHubsAbove'),
        first: intInRange(first, DEFAULTS.partnerSuggestions.first, 1, 50, 'first'),
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

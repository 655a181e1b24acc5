import type { Context } from '../context';
import { findPaths, findTiedActors, neighbourhood, searchEntities, suggestPartners } from '../../db/graphSearch';
import type { EntityRow, PassageRow } from '../../db/rows';
import { InvalidInputError } from '../../domain/errors';
import type { Resolvers } from '../generated';
import { labelIn, reasonWeights } from '../../domain/vocabulary';
import { SEARCHABLE_LABELS, type SearchableType } from '../../domain/model';
import {
  HUB_LIMIT,
  MAX_AVOIDED_NODES,
  NEIGHBOURHOOD_DEPTH,
  NEIGHBOURHOOD_SIZE,
  PATH_HOPS,
  PATH_HUB_LIMIT,
  PATH_RESULTS,
  RANKED_RESULTS,
  TIED_TO_HOPS,
} from '../../domain/limits';
import { checkActorFilter, checkText, intInRange, requireFilterIds, requireKnown, walkableTies, whenEmpty } from '../arguments';
import { citations } from './common';

/** A node's display name in the requested language (domains have an English name). */
function nameIn(node: EntityRow, lang: 'FR' | 'EN'): string {
  if (lang === 'EN' && 'nameEn' in node && node.nameEn) return node.nameEn;
  return 'name' in node && node.name ? node.name : node.id;
}

async function requireActor(ctx: Context, id: string, argumentName: string): Promise<void> {
  await requireKnown(ctx.loaders.actor, [id], argumentName, 'actor');
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { text, filter, first }, ctx) => {
      if (text.trim() === '') throw new InvalidInputError('text must not be empty: type a name, an alias or words of a description.', 'text');
      checkText(text, 'text');
      const size = intInRange(first, RANKED_RESULTS, 'first');
      const { types, kinds, domains, place } = filter ?? {};
      const actorFilter = checkActorFilter({ kinds, domains, place });
      const labels = (types?.length ? types : (['ACTOR'] as SearchableType[])).map((type) => SEARCHABLE_LABELS[type]);
      return whenEmpty(await searchEntities(ctx.db, { text, labels, filter: actorFilter, first: size }), () => requireFilterIds(ctx, actorFilter));
    },
    tiedTo: async (_, { actor, filter, maxHops, excludeTies, avoidHubsAbove, first }, ctx) => {
      const actorFilter = checkActorFilter(filter);
      const rows = await findTiedActors(ctx.db, {
        anchor: actor,
        anchorLabel: 'Actor',
        filter: actorFilter,
        types: walkableTies(excludeTies),
        maxHops: intInRange(maxHops, TIED_TO_HOPS, 'maxHops'),
        hubLimit: intInRange(avoidHubsAbove, HUB_LIMIT, 'avoidHubsAbove'),
        first: intInRange(first, RANKED_RESULTS, 'first'),
      });
      return whenEmpty(rows, async () => {
        await requireActor(ctx, actor, 'actor');
        await requireFilterIds(ctx, actorFilter);
      });
    },
    paths: async (_, { from, to, maxHops, avoid, avoidHubsAbove, excludeTies, first }, ctx) => {
      if (from === to) throw new InvalidInputError('from and to are the same node; give two different ids.', 'to');
      if (avoid?.includes(from) || avoid?.includes(to)) throw new InvalidInputError('avoid cannot list the start or the end of the path.', 'avoid');
      if (avoid && avoid.length > MAX_AVOIDED_NODES) throw new InvalidInputError(`avoid lists at most ${MAX_AVOIDED_NODES} ids.`, 'avoid');
      const rows = await findPaths(ctx.db, {
        from,
        to,
        types: walkableTies(excludeTies),
        maxHops: intInRange(maxHops, PATH_HOPS, 'maxHops'),
        avoid: avoid ? [...avoid] : [],
        hubLimit: avoidHubsAbove === null || avoidHubsAbove === undefined ? null : intInRange(avoidHubsAbove, PATH_HUB_LIMIT, 'avoidHubsAbove'),
        first: intInRange(first, PATH_RESULTS, 'first'),
      });
      return whenEmpty(rows, async () => {
        await requireKnown(ctx.loaders.entity, [from], 'from', 'node');
        await requireKnown(ctx.loaders.entity, [to], 'to', 'node');
      });
    },
    neighbourhood: async (_, { id, depth, excludeTies, limit }, ctx) => {
      const center = await ctx.loaders.entity.load(id);
      if (!center) return null;
      return neighbourhood(ctx.db, {
        center,
        depth: intInRange(depth, NEIGHBOURHOOD_DEPTH, 'depth'),
        types: walkableTies(excludeTies),
        limit: intInRange(limit, NEIGHBOURHOOD_SIZE, 'limit'),
      });
    },
    partnerSuggestions: async (_, { actor, filter, avoidHubsAbove, first }, ctx) => {
      const actorFilter = checkActorFilter(filter);
      const rows = await suggestPartners(ctx.db, {
        actor,
        filter: actorFilter,
        searchableTypes: walkableTies([]),
        weights: reasonWeights(ctx.vocabulary),
        hubLimit: intInRange(avoidHubsAbove, HUB_LIMIT, 'avoidHubsAbove'),
        first: intInRange(first, RANKED_RESULTS, 'first'),
      });
      return whenEmpty(rows, async () => {
        await requireActor(ctx, actor, 'actor');
        await requireFilterIds(ctx, actorFilter);
      });
    },
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

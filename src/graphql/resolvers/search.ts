import type { Context } from '../context';
import { DEFAULT_HUB_LIMIT, findPaths, findTiedActors, neighbourhood, searchEntities, SearchLabel, suggestPartners } from '../../db/graphSearch';
import type { EntityRow, PassageRow } from '../../db/rows';
import { badInput } from '../errors';
import type { Resolvers, SearchableType } from '../generated';
import { labelIn } from '../../domain/vocabulary';
import { checkActorFilter, checkText, intInRange, requireFilterIds, requireKnown, walkableTies, whenEmpty } from '../arguments';
import { citations } from './common';

const SEARCH_LABELS: Record<SearchableType, SearchLabel> = { ACTOR: 'Actor', PROGRAMME: 'Programme', DOMAIN: 'Domain', PLACE: 'Place' };

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
      if (text.trim() === '') throw badInput('text must not be empty: type a name, an alias or words of a description.', 'text');
      checkText(text, 'text');
      const size = intInRange(first, 10, 1, 50, 'first');
      const { types, kinds, domains, place } = filter ?? {};
      const actorFilter = checkActorFilter({ kinds, domains, place });
      const labels = (types?.length ? types : (['ACTOR'] as SearchableType[])).map((type) => SEARCH_LABELS[type]);
      return whenEmpty(await searchEntities(ctx.db, { text, labels, filter: actorFilter, first: size }), () => requireFilterIds(ctx, actorFilter));
    },
    tiedTo: async (_, { actor, filter, maxHops, excludeTies, avoidHubsAbove, first }, ctx) => {
      const actorFilter = checkActorFilter(filter);
      const rows = await findTiedActors(ctx.db, {
        anchor: actor,
        anchorLabel: 'Actor',
        filter: actorFilter,
        types: walkableTies(excludeTies),
        maxHops: intInRange(maxHops, 3, 1, 4, 'maxHops'),
        hubLimit: intInRange(avoidHubsAbove, DEFAULT_HUB_LIMIT, 1, 10_000_000, 'avoidHubsAbove'),
        first: intInRange(first, 10, 1, 50, 'first'),
      });
      return whenEmpty(rows, async () => {
        await requireActor(ctx, actor, 'actor');
        await requireFilterIds(ctx, actorFilter);
      });
    },
    paths: async (_, { from, to, maxHops, avoid, avoidHubsAbove, excludeTies, first }, ctx) => {
      if (from === to) throw badInput('from and to are the same node; give two different ids.', 'to');
      if (avoid?.includes(from) || avoid?.includes(to)) throw badInput('avoid cannot list the start or the end of the path.', 'avoid');
      if (avoid && avoid.length > 100) throw badInput('avoid lists at most 100 ids.', 'avoid');
      const rows = await findPaths(ctx.db, {
        from,
        to,
        types: walkableTies(excludeTies),
        maxHops: intInRange(maxHops, 4, 1, 6, 'maxHops'),
        avoid: avoid ? [...avoid] : [],
        hubLimit: avoidHubsAbove === null || avoidHubsAbove === undefined ? null : intInRange(avoidHubsAbove, 0, 1, 1_000_000, 'avoidHubsAbove'),
        first: intInRange(first, 5, 1, 10, 'first'),
      });
      return whenEmpty(rows, async () => {
        await requireKnown(ctx.loaders.entity, [from], 'from', 'node');
        await requireKnown(ctx.loaders.entity, [to], 'to', 'node');
      });
    },
    neighbourhood: async (_, { id, depth, excludeTies, limit }, ctx) => {
      const center = await ctx.loaders.entity.load(id);
      if (!center || ('retiredAt' in center && center.retiredAt)) return null; // a retired actor is hidden from graph walks, as centre too
      return neighbourhood(ctx.db, {
        center,
        depth: intInRange(depth, 1, 1, 3, 'depth'),
        types: walkableTies(excludeTies),
        limit: intInRange(limit, 100, 1, 300, 'limit'),
      });
    },
    partnerSuggestions: async (_, { actor, filter, avoidHubsAbove, first }, ctx) => {
      const weights = Object.fromEntries(Object.entries(ctx.vocabulary.reasons).map(([kind, reason]) => [kind, reason.weight]));
      const actorFilter = checkActorFilter(filter);
      const rows = await suggestPartners(ctx.db, {
        actor,
        filter: actorFilter,
        searchableTypes: walkableTies([]),
        weights: weights as Record<keyof typeof ctx.vocabulary.reasons, number>,
        hubLimit: intInRange(avoidHubsAbove, DEFAULT_HUB_LIMIT, 1, 10_000_000, 'avoidHubsAbove'),
        first: intInRange(first, 10, 1, 50, 'first'),
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

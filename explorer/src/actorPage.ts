import { EDGE_FIELDS, graphql, NODE_FIELDS } from './api';
import { el } from './dom';
import type { GraphView } from './graphView';

/** /actors/:id — an actor, its ties with their sources, and its neighbourhood drawn: a page to share. */

const ACTOR = `query ActorPage($id: ID!) {
  actor(id: $id) {
    id name kindLabel description website aliases
    location { place { name } }
    domains { domain { name } }
    sources { quote source { title } }
  }
  neighbourhood(id: $id, depth: 1, limit: 60) {
    nodes { ${NODE_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`;

export async function renderActorPage(app: HTMLElement, id: string, graphPanel: (parent: HTMLElement) => GraphView): Promise<void> {
  app.className = 'actor-page';
  const { data, errors } = await graphql(ACTOR, { id });
  const actor = data?.actor;
  if (errors?.length || !actor) {
    document.title = 'Not found — Occitanie Health Graph';
    app.append(el('h1', `No actor "${id}"`), el('p', errors?.[0]?.message ?? 'Check the link, or search from the home page.'));
    return;
  }
  document.title = `${actor.name} — Occitanie Health Graph`;
  const card = el('article', undefined, 'actor-card');
  card.append(el('h1', actor.name), el('p', actor.kindLabel, 'kind'));
  if (actor.description) card.append(el('p', actor.description));
  if (actor.aliases?.length) card.append(el('p', `Aussi : ${actor.aliases.join(', ')}`, 'aliases'));
  if (actor.location) card.append(el('p', `📍 ${actor.location.place.name}`));
  if (actor.domains.length)
    card.append(el('p', actor.domains.map((d: { domain: { name: string } }) => d.domain.name).join(' · '), 'domains'));
  if (actor.website) {
    const site = el('a', actor.website) as HTMLAnchorElement;
    site.href = actor.website;
    site.rel = 'noopener';
    card.append(site);
  }

  const names = new Map<string, string>(data.neighbourhood.nodes.map((n: { id: string; name: string }) => [n.id, n.name]));
  const actors = new Set<string>(
    data.neighbourhood.nodes.filter((n: { __typename: string }) => n.__typename === 'Actor').map((n: { id: string }) => n.id),
  );
  const ties = el('section', undefined, 'ties');
  ties.append(el('h2', 'Liens — Ties'));
  const list = el('ul');
  for (const edge of data.neighbourhood.edges) {
    if (edge.from !== id && edge.to !== id) continue;
    const li = el('li', undefined, 'tie');
    const end = (nodeId: string) => {
      if (nodeId === id) return el('strong', names.get(nodeId) ?? nodeId);
      if (!actors.has(nodeId)) return el('span', names.get(nodeId) ?? nodeId);
      const link = el('a', names.get(nodeId) ?? nodeId) as HTMLAnchorElement;
      link.href = `/actors/${encodeURIComponent(nodeId)}`;
      return link;
    };
    li.append(end(edge.from), ` ${edge.label} `, end(edge.to));
    for (const citation of edge.sources) {
      const quote = el('blockquote', `« ${citation.quote} »`);
      quote.append(el('cite', citation.source.title));
      li.append(quote);
    }
    list.append(li);
  }
  ties.append(list);
  const sources = el('section', undefined, 'sources');
  sources.append(el('h2', 'Sources'));
  for (const citation of actor.sources) {
    const quote = el('blockquote', `« ${citation.quote} »`);
    quote.append(el('cite', citation.source.title));
    sources.append(quote);
  }
  const text = el('div', undefined, 'actor-text');
  text.append(card, ties, sources);
  app.append(text);
  const graph = graphPanel(app);
  graph.show(data.neighbourhood);
  window.explorer = { graph, openQuery: () => undefined };
}

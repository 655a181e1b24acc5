import { EDGE_FIELDS, graphql, NODE_FIELDS } from './api';
import { GraphPanel } from './graphPanel';

/**
 * /actors/:id — the server sends the page whole (readable without JavaScript); the script adds the
 * actor's neighbourhood drawn as a graph beside it.
 */

const NEIGHBOURHOOD = `query ActorNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 60) { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }
}`;

export async function enhanceActorPage(app: HTMLElement): Promise<void> {
  const id = app.dataset.actor;
  if (!id) return;
  const graph = new GraphPanel(app, 'The actor and its ties. Click a node to expand it; hover a tie to see its source.');
  const { data } = await graphql(NEIGHBOURHOOD, { id });
  await graph.show(data?.neighbourhood);
}

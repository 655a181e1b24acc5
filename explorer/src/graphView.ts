import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import { EDGE_FIELDS, graphql, NODE_FIELDS } from './api';

/** Nodes and edges as the API returns them in paths, tiedTo and neighbourhood results. */
export interface GraphNode {
  __typename?: string;
  id: string;
  name?: string;
  kind?: string;
}
export interface GraphEdge {
  from: string;
  to: string;
  kind: string;
  label?: string;
  sources?: { quote: string; source?: { title: string } }[];
}

const COLOURS: Record<string, string> = {
  COMPANY: '#d9480f',
  CLUSTER: '#5f3dc4',
  COMPETITIVENESS_POLE: '#7048e8',
  UNIVERSITY_HOSPITAL: '#c2255c',
  HOSPITAL_UNIVERSITY_INSTITUTE: '#e64980',
  RESEARCH_ORGANISATION: '#1971c2',
  UNIVERSITY: '#1c7ed6',
  PUBLIC_AUTHORITY: '#2b8a3e',
  AGENCY: '#37b24d',
  FUND: '#f59f00',
  CONSORTIUM: '#9c36b5',
  EXCELLENCE_HUB: '#ae3ec9',
  INDUSTRY_SECTOR: '#868e96',
  PERSON: '#495057',
  Domain: '#0ca678',
  Place: '#74b816',
  Programme: '#f08c00',
  Funding: '#fab005',
};

/** Every {nodes, edges} pair found anywhere in a GraphQL result (paths, tiedTo paths, subgraphs). */
export function collectGraph(value: unknown, nodes = new Map<string, GraphNode>(), edges = new Map<string, GraphEdge>()) {
  if (Array.isArray(value)) {
    for (const item of value) collectGraph(item, nodes, edges);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.nodes) && Array.isArray(record.edges)) {
      for (const node of record.nodes as GraphNode[])
        if (node && typeof node.id === 'string') nodes.set(node.id, { ...nodes.get(node.id), ...node });
      for (const edge of record.edges as GraphEdge[]) {
        if (edge && typeof edge.from === 'string' && typeof edge.to === 'string') edges.set(`${edge.from}|${edge.kind}|${edge.to}`, edge);
      }
    }
    for (const child of Object.values(record)) collectGraph(child, nodes, edges);
  }
  return { nodes, edges };
}

/** A Cytoscape network: colours by kind, labels by name, edges labelled; click expands, hover shows the source. */
export class GraphView {
  private readonly cy: Core;

  constructor(
    private readonly container: HTMLElement,
    private readonly sourceBox: HTMLElement,
  ) {
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': 10,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            width: 18,
            height: 18,
          },
        },
        { selector: 'node.center', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#212529' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#adb5bd',
            'target-arrow-color': '#adb5bd',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 8,
            color: '#495057',
            'text-rotation': 'autorotate',
          },
        },
        { selector: 'edge.hovered', style: { 'line-color': '#212529', 'target-arrow-color': '#212529', width: 3 } },
      ],
    });
    this.cy.on('tap', 'node', (event) => void this.expand((event.target as NodeSingular).id()));
    this.cy.on('mouseover', 'edge', (event) => this.showSource(event.target as EdgeSingular));
    this.cy.on('mouseout', 'edge', (event) => (event.target as EdgeSingular).removeClass('hovered'));
    this.publish();
  }

  /** Replaces the drawing with the graph found in a result; false when it holds none. */
  show(result: unknown): boolean {
    const { nodes, edges } = collectGraph(result);
    if (nodes.size === 0) return false;
    this.cy.elements().remove();
    this.add([...nodes.values()], [...edges.values()]);
    return true;
  }

  /** Adds a node's neighbourhood to the drawing. */
  async expand(id: string): Promise<void> {
    this.container.dataset.expanding = id;
    const result = await graphql(
      `query Expand($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 40) { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
      { id },
    );
    const { nodes, edges } = collectGraph(result.data);
    this.add([...nodes.values()], [...edges.values()]);
    this.cy.$id(id).addClass('center');
    this.container.dataset.expanded = [...new Set([...(this.container.dataset.expanded ?? '').split(' ').filter(Boolean), id])].join(' ');
    delete this.container.dataset.expanding;
  }

  private add(nodes: GraphNode[], edges: GraphEdge[]): void {
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const node of nodes) {
      if (this.cy.$id(node.id).nonempty()) continue;
      const kind = node.kind ?? node.__typename ?? 'Place';
      fresh.push({ group: 'nodes', data: { id: node.id, label: node.name ?? node.id, kind, colour: COLOURS[kind] ?? '#868e96' } });
    }
    for (const edge of edges) {
      const id = `${edge.from}|${edge.kind}|${edge.to}`;
      if (this.cy.$id(id).nonempty()) continue;
      // Edges to nodes the result did not include (a capped neighbourhood) are left out.
      const known = (end: string) => this.cy.$id(end).nonempty() || fresh.some((element) => element.data.id === end);
      if (!known(edge.from) || !known(edge.to)) continue;
      fresh.push({
        group: 'edges',
        data: { id, source: edge.from, target: edge.to, label: edge.label ?? edge.kind, sources: edge.sources ?? [] },
      });
    }
    this.cy.add(fresh);
    this.cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false }).run();
    this.cy.fit(undefined, 30);
    this.publish();
  }

  private showSource(edge: EdgeSingular): void {
    edge.addClass('hovered');
    const sources = (edge.data('sources') as GraphEdge['sources']) ?? [];
    const from = edge.source().data('label') as string;
    const to = edge.target().data('label') as string;
    this.sourceBox.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = `${from} — ${edge.data('label')} — ${to}`;
    this.sourceBox.append(title);
    if (sources.length === 0) {
      const none = document.createElement('p');
      none.textContent = 'Ask for edges { sources { quote source { title } } } to see where this tie comes from.';
      this.sourceBox.append(none);
    }
    for (const citation of sources) {
      const quote = document.createElement('blockquote');
      quote.textContent = `« ${citation.quote} »`;
      const cite = document.createElement('cite');
      cite.textContent = citation.source?.title ?? '';
      quote.append(cite);
      this.sourceBox.append(quote);
    }
  }

  /** Counts on the container, for people reading the page source and for the browser tests. */
  private publish(): void {
    this.container.dataset.nodeCount = String(this.cy.nodes().length);
    this.container.dataset.edgeCount = String(this.cy.edges().length);
  }

  /** Where a node is drawn on the page, to click it. */
  positionOf(id: string): { x: number; y: number } | null {
    const node = this.cy.$id(id);
    if (node.empty()) return null;
    const box = this.container.getBoundingClientRect();
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }

  /** Page coordinates of the middle of the tie between two nodes (either direction), as drawn. */
  midpointOf(from: string, to: string): { x: number; y: number } | null {
    const edge = this.cy
      .edges()
      .filter((e) => (e.source().id() === from && e.target().id() === to) || (e.source().id() === to && e.target().id() === from))
      .first() as EdgeSingular;
    if (edge.empty()) return null;
    const box = this.container.getBoundingClientRect();
    const middle = edge.renderedMidpoint();
    return { x: box.left + middle.x, y: box.top + middle.y };
  }
}

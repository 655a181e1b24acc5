import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { EDGE_FIELDS, graphql, NODE_FIELDS } from './api';
import { el } from './dom';
import { NOTHING_TO_DRAW } from './graphPanel';

cytoscape.use(fcose);

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

/** Colours of node kinds (actor kinds, then the other node types); dark enough for white text beside them. */
const NODE_COLOURS: Record<string, string> = {
  COMPANY: '#d9480f',
  CLUSTER: '#5f3dc4',
  COMPETITIVENESS_POLE: '#7048e8',
  UNIVERSITY_HOSPITAL: '#c2255c',
  HOSPITAL_UNIVERSITY_INSTITUTE: '#e64980',
  RESEARCH_ORGANISATION: '#1971c2',
  RESEARCH_UNIT: '#1864ab',
  UNIVERSITY: '#1c7ed6',
  PUBLIC_AUTHORITY: '#2b8a3e',
  AGENCY: '#37b24d',
  FUND: '#f59f00',
  CONSORTIUM: '#9c36b5',
  EXCELLENCE_HUB: '#ae3ec9',
  INDUSTRY_SECTOR: '#868e96',
  INCUBATOR: '#e8590c',
  TECH_TRANSFER_OFFICE: '#0b7285',
  HOSPITAL: '#a61e4d',
  CANCER_CENTRE: '#862e9c',
  PERSON: '#495057',
  Domain: '#0ca678',
  Place: '#74b816',
  Programme: '#f08c00',
  Funding: '#fab005',
};
/** Colours of tie kinds: a family of ties (structure, programmes, money, place) shares a hue. */
const TIE_COLOURS: Record<string, string> = {
  FOUNDED: '#5c940d',
  CARRIES: '#364fc7',
  MEMBER_OF: '#7048e8',
  PART_OF: '#9c36b5',
  PARTNERS_WITH: '#1098ad',
  LABELLED: '#c2255c',
  LEADS: '#495057',
  RUNS: '#e67700',
  PILOTS: '#f08c00',
  CO_PILOTS: '#f59f00',
  PARTNER_IN: '#d9480f',
  TAKES_PART_IN: '#e8590c',
  SUPPORTS: '#2b8a3e',
  ACTIVE_IN: '#0ca678',
  LOCATED_IN: '#74b816',
  TOOK_OVER: '#c92a2a',
  HOLDS_SHARES_IN: '#a61e4d',
  SPUN_OFF_FROM: '#0b7285',
  INCUBATED_BY: '#1864ab',
  WITHIN: '#868e96',
  SUBDOMAIN_OF: '#087f5b',
  GRANTS: '#fab005',
  GRANTED_TO: '#f59f00',
};
/** Labels keep this size on screen whatever the zoom; below MIN_LABEL_ZOOM they show on hover only. */
const LABEL_PX = 12;
const MIN_LABEL_ZOOM = 0.3;

const words = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');

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

/**
 * A Cytoscape network with its legend and controls: colours by node kind and tie kind (the legend's
 * check boxes hide a kind), fit and zoom buttons, labels of one size on screen at every zoom, an fCoSE
 * layout that keeps nodes and labels apart. Click expands a node, hover shows a tie's source.
 */
export class GraphView {
  private readonly cy: Core;
  private readonly legend: HTMLElement;
  private readonly message: HTMLElement;
  private readonly hidden = new Set<string>();

  constructor(
    private readonly container: HTMLElement,
    private readonly sourceBox: HTMLElement,
    message?: HTMLElement,
  ) {
    const panel = container.parentElement ?? container;
    this.message = message ?? el('p', '', 'graph-message');
    this.message.setAttribute('role', 'status');
    this.legend = el('div', undefined, 'legend');
    this.legend.setAttribute('aria-label', 'Legend and filters');
    const controls = el('div', undefined, 'graph-controls');
    for (const [label, action] of [
      ['Fit', () => this.cy.fit(undefined, 30)],
      ['Zoom in', () => this.zoomBy(1.4)],
      ['Zoom out', () => this.zoomBy(1 / 1.4)],
    ] as const) {
      const button = el('button', label) as HTMLButtonElement;
      button.type = 'button';
      button.onclick = action;
      controls.append(button);
    }
    panel.insertBefore(controls, container);
    panel.insertBefore(this.legend, container);
    if (!message) panel.insertBefore(this.message, container);
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': LABEL_PX,
            color: '#212529',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            width: 18,
            height: 18,
          },
        },
        { selector: 'node.center', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#212529' } },
        { selector: 'node.quiet', style: { label: '' } },
        { selector: 'node.quiet.hovered', style: { label: 'data(label)' } },
        {
          selector: 'edge',
          style: {
            width: 2,
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': LABEL_PX - 2,
            color: '#343a40',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
          },
        },
        { selector: 'edge.quiet', style: { label: '' } },
        { selector: 'edge.hovered', style: { width: 4, label: 'data(label)' } },
        { selector: '.filtered', style: { display: 'none' } },
      ],
    });
    this.cy.on('tap', 'node', (event) => void this.expand((event.target as NodeSingular).id()));
    this.cy.on('mouseover', 'node', (event) => (event.target as NodeSingular).addClass('hovered'));
    this.cy.on('mouseout', 'node', (event) => (event.target as NodeSingular).removeClass('hovered'));
    this.cy.on('mouseover', 'edge', (event) => this.showSource(event.target as EdgeSingular));
    this.cy.on('mouseout', 'edge', (event) => (event.target as EdgeSingular).removeClass('hovered'));
    this.cy.on('zoom', () => this.keepLabelsReadable());
    this.publish();
  }

  /** Replaces the drawing with the graph found in a result; with none, clears it and says so. */
  show(result: unknown): boolean {
    const { nodes, edges } = collectGraph(result);
    this.cy.elements().remove();
    if (nodes.size === 0) {
      this.clear(NOTHING_TO_DRAW);
      return false;
    }
    this.message.textContent = '';
    this.add([...nodes.values()], [...edges.values()], true);
    return true;
  }

  /** Empties the drawing and shows why. */
  clear(why: string): void {
    this.cy.elements().remove();
    this.message.textContent = why;
    this.publish();
  }

  /** Adds a node's neighbourhood to the drawing. */
  async expand(id: string): Promise<void> {
    this.container.dataset.expanding = id;
    const result = await graphql(
      `query Expand($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 40) { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
      { id },
    );
    const { nodes, edges } = collectGraph(result.data);
    this.add([...nodes.values()], [...edges.values()], false, id);
    this.cy.$id(id).addClass('center');
    this.container.dataset.expanded = [...new Set([...(this.container.dataset.expanded ?? '').split(' ').filter(Boolean), id])].join(' ');
    delete this.container.dataset.expanding;
  }

  /** Shows or hides every node of a kind or tie of a kind (the legend's check boxes). */
  setVisible(kind: string, visible: boolean): void {
    if (visible) this.hidden.delete(kind);
    else this.hidden.add(kind);
    this.cy.elements().forEach((element) => {
      element.toggleClass('filtered', this.hidden.has(element.data('kind') as string));
    });
    this.publish();
  }

  private zoomBy(factor: number): void {
    const level = this.cy.zoom() * factor;
    this.cy.zoom({ level, renderedPosition: { x: this.container.clientWidth / 2, y: this.container.clientHeight / 2 } });
  }

  /** Scales fonts against the zoom so labels stay LABEL_PX on screen; far out, they wait for a hover. */
  private keepLabelsReadable(): void {
    const zoom = this.cy.zoom();
    this.cy.batch(() => {
      this.cy.nodes().style('font-size', LABEL_PX / zoom);
      this.cy.edges().style('font-size', (LABEL_PX - 2) / zoom);
      this.cy.elements().toggleClass('quiet', zoom < MIN_LABEL_ZOOM);
    });
    const first = this.cy.nodes().first();
    // What the eye gets: the node's font size as styled, times the zoom.
    const onScreen = first.nonempty() && zoom >= MIN_LABEL_ZOOM ? first.numericStyle('font-size') * zoom : 0;
    this.container.dataset.labelPx = onScreen.toFixed(1);
    this.container.dataset.zoom = zoom.toFixed(2);
  }

  private add(nodes: GraphNode[], edges: GraphEdge[], fresh: boolean, around?: string): void {
    const added: cytoscape.ElementDefinition[] = [];
    const origin = around ? this.cy.$id(around).position() : undefined;
    for (const node of nodes) {
      if (this.cy.$id(node.id).nonempty()) continue;
      const kind = node.kind ?? node.__typename ?? 'Place';
      added.push({
        group: 'nodes',
        data: { id: node.id, label: node.name ?? node.id, kind, colour: NODE_COLOURS[kind] ?? '#868e96' },
        ...(origin ? { position: { x: origin.x + Math.random() * 40 - 20, y: origin.y + Math.random() * 40 - 20 } } : {}),
      });
    }
    for (const edge of edges) {
      const id = `${edge.from}|${edge.kind}|${edge.to}`;
      if (this.cy.$id(id).nonempty()) continue;
      // Edges to nodes the result did not include (a capped neighbourhood) are left out.
      const known = (end: string) => this.cy.$id(end).nonempty() || added.some((element) => element.data.id === end);
      if (!known(edge.from) || !known(edge.to)) continue;
      added.push({
        group: 'edges',
        data: {
          id,
          source: edge.from,
          target: edge.to,
          kind: edge.kind,
          colour: TIE_COLOURS[edge.kind] ?? '#adb5bd',
          label: edge.label ?? words(edge.kind),
          sources: edge.sources ?? [],
        },
      });
    }
    this.cy.add(added);
    this.cy.elements().forEach((element) => {
      element.toggleClass('filtered', this.hidden.has(element.data('kind') as string));
    });
    this.cy
      .layout({
        name: 'fcose',
        animate: false,
        randomize: fresh,
        quality: 'default',
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
        nodeSeparation: 80,
      } as cytoscape.LayoutOptions)
      .run();
    this.cy.fit(undefined, 30);
    this.keepLabelsReadable();
    this.publish();
  }

  /** The legend: one check box per node kind and tie kind drawn, in its colour, unticking hides them. */
  private drawLegend(): void {
    const count = (kinds: string[]) => {
      const seen = new Map<string, number>();
      for (const kind of kinds) seen.set(kind, (seen.get(kind) ?? 0) + 1);
      return [...seen].sort((a, b) => a[0].localeCompare(b[0]));
    };
    const group = (title: string, entries: [string, number][], colours: Record<string, string>, shape: string) => {
      const box = el('fieldset', undefined, `legend-group legend-${shape}`);
      box.append(el('legend', title));
      for (const [kind, n] of entries) {
        const label = el('label', undefined, 'legend-item');
        const tick = el('input') as HTMLInputElement;
        tick.type = 'checkbox';
        tick.checked = !this.hidden.has(kind);
        tick.value = kind;
        tick.onchange = () => this.setVisible(kind, tick.checked);
        const swatch = el('span', undefined, `swatch ${shape}`);
        swatch.style.background = colours[kind] ?? '#868e96';
        label.append(tick, swatch, `${words(kind)} (${n})`);
        box.append(label);
      }
      return box;
    };
    const nodeKinds = count(this.cy.nodes().map((n) => n.data('kind') as string));
    const tieKinds = count(this.cy.edges().map((e) => e.data('kind') as string));
    this.legend.replaceChildren();
    if (nodeKinds.length) this.legend.append(group('Nodes', nodeKinds, NODE_COLOURS, 'dot'));
    if (tieKinds.length) this.legend.append(group('Ties', tieKinds, TIE_COLOURS, 'line'));
  }

  private showSource(edge: EdgeSingular): void {
    edge.addClass('hovered');
    const sources = (edge.data('sources') as GraphEdge['sources']) ?? [];
    const from = edge.source().data('label') as string;
    const to = edge.target().data('label') as string;
    this.sourceBox.replaceChildren(el('strong', `${from} — ${edge.data('label')} — ${to}`));
    if (sources.length === 0) this.sourceBox.append(el('p', 'No source was asked for with this tie.'));
    for (const citation of sources) {
      const quote = el('blockquote', `« ${citation.quote} »`);
      quote.append(el('cite', citation.source?.title ?? ''));
      this.sourceBox.append(quote);
    }
  }

  /** Counts on the container, for people reading the page source and for the browser tests. */
  private publish(): void {
    const shown = this.cy.elements().not('.filtered');
    this.container.dataset.nodeCount = String(shown.nodes().length);
    this.container.dataset.edgeCount = String(shown.edges().length);
    this.drawLegend();
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

  /** Pairs of visible nodes whose discs overlap as drawn (the layout should leave none). */
  overlappingNodes(): [string, string][] {
    const nodes = this.cy.nodes().not('.filtered').toArray() as NodeSingular[];
    const pairs: [string, string][] = [];
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) {
        const pa = a.position();
        const pb = b.position();
        const reach = (a.width() + b.width()) / 2;
        if (Math.hypot(pa.x - pb.x, pa.y - pb.y) < reach) pairs.push([a.id(), b.id()]);
      }
    }
    return pairs;
  }

  /** The size labels are drawn at on screen, in CSS pixels (0 while hidden for the zoom). */
  renderedLabelPx(): number {
    return Number(this.container.dataset.labelPx ?? LABEL_PX);
  }
}

import { el } from './dom';
import type { GraphView } from './graphView';

/**
 * The graph's place on a page, drawn at once; Cytoscape (the largest library of the explorer) is
 * fetched only when something is first drawn, so a page that draws nothing never loads it.
 */
export class GraphPanel {
  readonly canvas: HTMLElement;
  private readonly source: HTMLElement;
  private readonly message: HTMLElement;
  private view: Promise<GraphView> | undefined;

  constructor(parent: HTMLElement, hint: string) {
    const panel = el('section', undefined, 'graph-panel');
    panel.setAttribute('aria-labelledby', 'graph-title');
    const title = el('h2', 'Graph');
    title.id = 'graph-title';
    this.canvas = el('div');
    this.canvas.id = 'graph';
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', 'Network of the result; the lists beside it say the same in words');
    this.source = el('aside', 'Hover a tie to read the sentence it rests on.');
    this.source.id = 'tie-source';
    this.message = el('p', 'Nothing drawn yet.', 'graph-message');
    this.message.setAttribute('role', 'status');
    panel.append(title, el('p', hint, 'hint'), this.message, this.canvas, this.source);
    parent.append(panel);
  }

  /** The Cytoscape view, loaded on first use. */
  graph(): Promise<GraphView> {
    this.view ??= import('./graphView').then(({ GraphView }) => {
      const view = new GraphView(this.canvas, this.source, this.message);
      window.explorer = { ...window.explorer, graph: view };
      return view;
    });
    return this.view;
  }

  /** Draws the graph of a result; a result with none clears what was drawn (loading nothing if nothing was ever drawn). */
  async show(result: unknown): Promise<void> {
    if (!this.view && !hasGraph(result)) {
      this.canvas.dataset.nodeCount = '0';
      this.message.textContent = NOTHING_TO_DRAW;
      return;
    }
    (await this.graph()).show(result);
  }
}

export const NOTHING_TO_DRAW = 'This result has nothing to draw: no paths, ties or neighbourhood in it.';

/** Whether a result holds {nodes, edges} with a node, without loading the graph code. */
function hasGraph(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasGraph);
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.nodes) && Array.isArray(record.edges) && record.nodes.length > 0) return true;
  return Object.values(record).some(hasGraph);
}

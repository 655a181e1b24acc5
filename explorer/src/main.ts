import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { renderActorPage } from './actorPage';
import { graphql } from './api';
import { runAsk } from './askBox';
import { EXAMPLES } from './examples';
import { renderReviewPage } from './reviewPage';
import { GraphView } from './graphView';
import './explorer.css';

/** Three pages from one bundle: the playground at / (and /graphql), shareable actor pages at /actors/:id, and the review of an ingested document at /review/:document. */

declare global {
  interface Window {
    explorer?: { graph: GraphView; openQuery(query: string): void };
  }
}

/** GraphiQL keeps tabs in localStorage by default; here every visit starts from the examples. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function graphPanel(parent: HTMLElement): GraphView {
  const panel = document.createElement('section');
  panel.className = 'graph-panel';
  panel.innerHTML = `<h2>Graph</h2><p class="hint">Runs that return paths, tiedTo or a neighbourhood are drawn here. Click a node to expand it; hover a tie to see its source.</p>`;
  const canvas = document.createElement('div');
  canvas.id = 'graph';
  const source = document.createElement('aside');
  source.id = 'tie-source';
  source.textContent = 'Hover a tie to read the sentence it rests on.';
  panel.append(canvas, source);
  parent.append(panel);
  return new GraphView(canvas, source);
}

function playground(app: HTMLElement): void {
  app.className = 'playground';
  const left = document.createElement('div');
  left.className = 'left-column';
  const editor = document.createElement('section');
  editor.className = 'editor-panel';
  const answer = document.createElement('section');
  answer.id = 'ask-answer';
  answer.hidden = true;
  left.append(answer, editor);
  app.append(left);
  const graph = graphPanel(app);
  const storage = memoryStorage();

  let setQuery: (query: string) => void = () => undefined;
  // biome-ignore lint/correctness/noComponentHookFactories: one Playground is created once, at start-up; it closes over the tab setter
  function Playground() {
    const [query, setState] = useState<string | undefined>(undefined);
    setQuery = setState;
    return createElement(GraphiQL, {
      fetcher: async (params) => {
        const result = await graphql(params.query, (params.variables ?? undefined) as Record<string, unknown> | undefined);
        if (params.operationName !== 'IntrospectionQuery') graph.show(result.data);
        return result as never;
      },
      defaultTabs: EXAMPLES.map((example) => ({ query: example })),
      query,
      storage,
      defaultEditorToolsVisibility: false,
      isHeadersEditorEnabled: false,
    });
  }
  createRoot(editor).render(createElement(Playground));
  window.explorer = { graph, openQuery: (query) => setQuery(query) };

  const form = document.getElementById('ask-form') as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = (document.getElementById('ask-input') as HTMLInputElement).value.trim();
    if (question) void runAsk(question, answer, graph, (query) => setQuery(query));
  });
}

const app = document.getElementById('app')!;
const actorRoute = /^\/actors\/([a-z0-9-]+)\/?$/.exec(window.location.pathname);
const reviewRoute = /^\/review\/([a-f0-9]{64})\/?$/.exec(window.location.pathname);
if (actorRoute) {
  void renderActorPage(app, actorRoute[1]!, graphPanel);
} else if (reviewRoute) {
  void renderReviewPage(app, reviewRoute[1]!);
} else {
  playground(app);
}

import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { graphql } from './api';
import { runAsk } from './askBox';
import { el } from './dom';
import { EXAMPLES } from './examples';
import { GraphPanel } from './graphPanel';
import { makeGraphiqlAccessible } from './graphiqlAccess';

/** The playground at /playground (and /graphql for a browser): GraphiQL with the example queries as tabs, and the graph of each run. Loaded only there. */

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

/** A query handed over in the address (#query=...) by an answer's "open in the editor", opened first. */
function queryFromAddress(): string | undefined {
  const match = /^#query=(.*)$/s.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

export function renderPlayground(app: HTMLElement): void {
  app.className = 'playground';
  const left = el('div', undefined, 'left-column');
  const editor = el('section', undefined, 'editor-panel');
  editor.setAttribute('aria-label', 'GraphQL editor');
  const answer = el('section');
  answer.id = 'ask-answer';
  answer.hidden = true;
  left.append(answer, editor);
  app.append(left);
  const graph = new GraphPanel(
    app,
    'Runs that return paths, tiedTo or a neighbourhood are drawn here. Click a node to expand it; hover a tie to see its source.',
  );
  const storage = memoryStorage();
  const handed = queryFromAddress();

  let setQuery: (query: string) => void = () => undefined;
  // biome-ignore lint/correctness/noComponentHookFactories: one Playground is created once, at start-up; it closes over the tab setter
  function Playground() {
    const [query, setState] = useState<string | undefined>(handed);
    setQuery = setState;
    return createElement(GraphiQL, {
      fetcher: async (params) => {
        const result = await graphql(params.query, (params.variables ?? undefined) as Record<string, unknown> | undefined);
        if (params.operationName !== 'IntrospectionQuery') await graph.show(result.data);
        return result as never;
      },
      defaultTabs: EXAMPLES.map((example) => ({ query: example })),
      query,
      storage,
      defaultEditorToolsVisibility: false,
      isHeadersEditorEnabled: false,
      // The page around it is light; explorer.css gives this palette the contrast WCAG AA asks.
      forcedTheme: 'light',
    });
  }
  createRoot(editor).render(createElement(Playground));
  makeGraphiqlAccessible(editor);
  window.explorer = { ...window.explorer, openQuery: (query) => setQuery(query) };

  const form = document.getElementById('ask-form') as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = (document.getElementById('ask-input') as HTMLInputElement).value.trim();
    if (question) void runAsk(question, answer, graph, (query) => setQuery(query));
  });
}

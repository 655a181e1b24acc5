import { enhanceActorPage } from './actorPage';
import type { GraphView } from './graphView';
import { renderLanding } from './landing';
import './explorer.css';

/**
 * One entry, four pages: the landing (question box, directory with facets and map) at /, the playground
 * at /playground (and /graphql for a browser), actor pages at /actors/:id (sent whole by the server, then
 * enhanced), and the review of an ingested document at /review/:document. GraphiQL, the review page and
 * Cytoscape are loaded only by the pages that use them.
 */

declare global {
  interface Window {
    explorer?: { graph?: GraphView; openQuery?(query: string): void };
  }
}

const app = document.getElementById('app')!;
const path = window.location.pathname;
const reviewRoute = /^\/review\/([a-f0-9]{64})\/?$/.exec(path);
if (/^\/actors\//.test(path)) {
  void enhanceActorPage(app);
} else if (reviewRoute) {
  void import('./reviewPage').then(({ renderReviewPage }) => renderReviewPage(app, reviewRoute[1]!));
} else if (/^\/(playground|graphql)\/?$/.test(path)) {
  void import('./playground').then(({ renderPlayground }) => renderPlayground(app));
} else {
  renderLanding(app);
}

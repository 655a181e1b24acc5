import { graphql } from './api';
import { runAsk } from './askBox';
import { el } from './dom';
import { EXAMPLE_QUESTIONS } from './examples';
import { GraphPanel } from './graphPanel';
import { drawMap } from './map';

/** The landing page: the question box and example questions first, then the directory with its facets, its map and the graph. */

/** The ActorFilter the directory shows, as the API takes it (and the download links carry it). */
export interface ActorFilter {
  kinds?: string[];
  domains?: string[];
  departmentCode?: string;
  place?: string;
  programme?: string;
  fundedBy?: string;
}

interface FacetValue {
  value: string;
  label: string;
  count: number;
}
type Facets = Record<string, FacetValue[]>;

const FACET_FIELDS = 'value label count';
const LIST = `query Directory($filter: ActorFilter, $after: String) {
  actors(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name kindLabel location { place { name } } }
  }
}`;
// Asked apart from the list, so the list shows at once even when counting takes longer.
const FACETS_QUERY = `query DirectoryFacets($filter: ActorFilter) {
  actors(filter: $filter, first: 1) {
    facets {
      kinds { ${FACET_FIELDS} } domains { ${FACET_FIELDS} } departments { ${FACET_FIELDS} } cities { ${FACET_FIELDS} }
      programmes { ${FACET_FIELDS} } funders { ${FACET_FIELDS} } foundedYears { ${FACET_FIELDS} }
    }
  }
}`;

/** Each facet: its title and how choosing a value sets the filter (founded years select nothing yet). */
const FACETS: { name: string; title: string; choose?: (filter: ActorFilter, value: string) => ActorFilter }[] = [
  { name: 'kinds', title: 'Kind', choose: (f, v) => ({ ...f, kinds: [v] }) },
  { name: 'domains', title: 'Domain', choose: (f, v) => ({ ...f, domains: [v] }) },
  { name: 'departments', title: 'Département', choose: (f, v) => ({ ...f, departmentCode: v }) },
  { name: 'cities', title: 'City', choose: (f, v) => ({ ...f, place: v }) },
  { name: 'programmes', title: 'Programme', choose: (f, v) => ({ ...f, programme: v }) },
  { name: 'funders', title: 'Funder', choose: (f, v) => ({ ...f, fundedBy: v }) },
  { name: 'foundedYears', title: 'Founded' },
];

/** The download of the whole filtered list (served by /data/actors.csv and .json). */
export function downloadHref(format: 'csv' | 'json', filter: ActorFilter): string {
  return `/data/actors.${format}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

export function renderLanding(app: HTMLElement): void {
  app.className = 'landing';
  const intro = el('section', undefined, 'intro');
  intro.append(
    el('h1', 'Explore the Occitanie health ecosystem'),
    el('p', 'Ask in French or English, or try one of these questions:', 'lead'),
  );
  const examples = el('ul', undefined, 'examples');
  for (const question of EXAMPLE_QUESTIONS) {
    const button = el('button', question) as HTMLButtonElement;
    button.type = 'button';
    button.onclick = () => ask(question);
    const li = el('li');
    li.append(button);
    examples.append(li);
  }
  intro.append(examples);
  const answer = el('section', undefined, 'answer');
  answer.id = 'ask-answer';
  answer.setAttribute('aria-live', 'polite');
  answer.hidden = true;

  const browse = el('div', undefined, 'browse');
  const facets = el('nav', undefined, 'facets');
  facets.setAttribute('aria-label', 'Filters');
  const results = el('section', undefined, 'directory');
  results.setAttribute('aria-labelledby', 'directory-title');
  const map = el('section', undefined, 'map-panel');
  map.setAttribute('aria-labelledby', 'map-title');
  browse.append(facets, results, map);
  const drawing = el('div', undefined, 'answer-graph');
  app.append(intro, answer, drawing, browse);
  const graph = new GraphPanel(
    drawing,
    'Paths and ties of an answer are drawn here. Click a node to expand it; hover a tie to see its source.',
  );
  window.explorer = { ...window.explorer, openQuery: openInPlayground };

  const input = document.getElementById('ask-input') as HTMLInputElement;
  function ask(question: string): void {
    input.value = question;
    void runAsk(question, answer, graph, openInPlayground);
  }
  (document.getElementById('ask-form') as HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (question) ask(question);
  });

  let filter: ActorFilter = {};
  let after: string | undefined;
  const list = el('ol', undefined, 'actor-list');
  async function load(next: ActorFilter, more = false): Promise<void> {
    filter = next;
    if (!more) {
      delete app.dataset.directory;
      delete app.dataset.facets;
      void loadFacets(filter);
    }
    const { data, errors } = await graphql(LIST, { filter, after: more ? after : undefined });
    if (errors?.length || !data) {
      results.replaceChildren(el('p', errors?.[0]?.message ?? 'The directory did not answer.', 'error'));
      return;
    }
    const page = data.actors;
    after = page.pageInfo.endCursor ?? undefined;
    if (!more) {
      list.replaceChildren();
      drawHeading(page.totalCount as number);
    }
    for (const actor of page.nodes) {
      const li = el('li');
      const link = el('a', actor.name) as HTMLAnchorElement;
      link.href = `/actors/${encodeURIComponent(actor.id)}`;
      li.append(link, el('span', ` — ${actor.kindLabel}${actor.location ? `, ${actor.location.place.name}` : ''}`, 'meta'));
      list.append(li);
    }
    results.querySelector('.more')?.remove();
    if (page.pageInfo.hasNextPage) {
      const moreButton = el('button', 'Show more', 'more') as HTMLButtonElement;
      moreButton.type = 'button';
      moreButton.onclick = () => void load(filter, true);
      results.append(moreButton);
    }
    app.dataset.directory = 'ready';
  }

  async function loadFacets(asked: ActorFilter, tries = 3): Promise<void> {
    const { data, errors } = await graphql(FACETS_QUERY, { filter: asked });
    if (asked !== filter) return;
    // A busy database times out the first count of a filter; the next usually answers (its plan is cached).
    if (errors?.[0]?.extensions?.code === 'QUERY_TIMEOUT' && tries > 1) return loadFacets(asked, tries - 1);
    if (errors?.length || !data) {
      facets.replaceChildren(el('p', `Filters unavailable: ${errors?.[0]?.message ?? 'no answer'}`, 'error'));
      return;
    }
    const values = data.actors.facets as Facets;
    drawFacets(values);
    drawMap(
      map,
      values.departments as FacetValue[],
      filter.departmentCode,
      (code) => void load(code ? { ...filter, departmentCode: code } : withoutKey(filter, 'departmentCode')),
    );
    app.dataset.facets = 'ready';
  }

  function drawHeading(total: number): void {
    const title = el('h2', `Actors (${total})`);
    title.id = 'directory-title';
    const chips = el('p', undefined, 'active-filters');
    for (const [key, value] of Object.entries(filter)) {
      const chip = el('button', `${key}: ${Array.isArray(value) ? value.join(', ') : value} ✕`, 'chip') as HTMLButtonElement;
      chip.type = 'button';
      chip.setAttribute('aria-label', `Remove the filter ${key}`);
      chip.onclick = () => void load(withoutKey(filter, key as keyof ActorFilter));
      chips.append(chip);
    }
    const downloads = el('p', 'Download this list: ', 'downloads');
    for (const format of ['csv', 'json'] as const) {
      const link = el('a', format.toUpperCase()) as HTMLAnchorElement;
      link.href = downloadHref(format, filter);
      link.className = `download-${format}`;
      downloads.append(link, format === 'csv' ? ' / ' : '');
    }
    results.replaceChildren(title, chips, downloads, list);
  }

  function drawFacets(values: Facets): void {
    facets.replaceChildren(el('h2', 'Filters'));
    for (const facet of FACETS) {
      const entries = values[facet.name] ?? [];
      if (entries.length === 0) continue;
      const group = el('div', undefined, 'facet');
      group.dataset.facet = facet.name;
      group.append(el('h3', facet.title));
      const ul = el('ul');
      for (const entry of entries.slice(0, 12)) {
        const li = el('li');
        const text = `${entry.label} (${entry.count})`;
        if (facet.choose) {
          const choose = facet.choose;
          const button = el('button', text, 'facet-value') as HTMLButtonElement;
          button.type = 'button';
          button.dataset.value = entry.value;
          button.onclick = () => void load(choose(filter, entry.value));
          li.append(button);
        } else {
          li.append(el('span', text, 'facet-count'));
        }
        ul.append(li);
      }
      group.append(ul);
      facets.append(group);
    }
  }

  void load({});
}

function withoutKey(filter: ActorFilter, key: keyof ActorFilter): ActorFilter {
  const copy = { ...filter };
  delete copy[key];
  return copy;
}

/** The query an answer ran, opened in the playground (which reads it from the address's fragment). */
function openInPlayground(query: string): void {
  window.location.assign(`/playground#query=${encodeURIComponent(query)}`);
}

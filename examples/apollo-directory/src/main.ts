/**
 * A directory page over the Occitanie Health Graph API with Apollo Client's normalised cache: actors
 * with facets and "next page" cursors, and an actor with its ties. The API's address is `?api=` (an
 * absolute URL of its /graphql), else /graphql on this page's origin.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { ACTOR_WITH_TIES, ACTORS_PAGE, type ActorFilter, type FacetValue, type Facets } from './queries';

// Apollo Client's warnings (e.g. "Cache data may be lost") in words rather than as codes.
loadDevMessages();
loadErrorMessages();

const PAGE_SIZE = 10;
// Small, so an actor's ties often span pages and the "More ties" cursor shows.
const TIES_PAGE_SIZE = 5;

const apiUrl = new URL(new URLSearchParams(location.search).get('api') ?? '/graphql', location.href);

/** Which filter each facet sets, and how a click changes it. */
const FACETS: {
  facet: keyof Facets;
  title: string;
  toggle(filter: ActorFilter, value: string): ActorFilter;
  selected(filter: ActorFilter): string[];
}[] = [
  {
    facet: 'kinds',
    title: 'Kind',
    toggle: (f, v) => ({ ...f, kinds: f.kinds?.includes(v) ? undefined : [v] }),
    selected: (f) => f.kinds ?? [],
  },
  {
    facet: 'domains',
    title: 'Domain',
    toggle: (f, v) => ({ ...f, domains: f.domains?.includes(v) ? undefined : [v] }),
    selected: (f) => f.domains ?? [],
  },
  {
    facet: 'departments',
    title: 'Département',
    toggle: (f, v) => ({ ...f, departmentCode: f.departmentCode === v ? undefined : v }),
    selected: (f) => (f.departmentCode ? [f.departmentCode] : []),
  },
  {
    facet: 'cities',
    title: 'City',
    toggle: (f, v) => ({ ...f, place: f.place === v ? undefined : v }),
    selected: (f) => (f.place ? [f.place] : []),
  },
];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

/** The list's state: the filter, the cursors of the pages shown so far (to go back to the first), the facets of the filter. */
let filter: ActorFilter = {};
let after: string | null = null;
let facets: Facets | undefined;

async function start(): Promise<void> {
  // GraphNode's implementations, as the API publishes them: the cache needs them to match `... on Actor` under `node`.
  const possibleTypes = (await (await fetch(new URL('/graphql/possible-types.json', apiUrl))).json()).possibleTypes;
  const client = new ApolloClient({ link: new HttpLink({ uri: apiUrl.href }), cache: new InMemoryCache({ possibleTypes }) });

  const status = (text: string) => (byId('status').textContent = text);

  async function showList(): Promise<void> {
    status('Loading…');
    const { data } = await client.query({ query: ACTORS_PAGE, variables: { filter, first: PAGE_SIZE, after, withFacets: after === null } });
    const page = data!.actors;
    if (page.facets) facets = page.facets;
    byId('total').textContent = `(${page.totalCount})`;
    byId('actors').replaceChildren(
      ...page.edges.map(({ node }) => {
        const item = element('li');
        const open = element('button', node.name, { type: 'button', 'data-id': node.id });
        open.addEventListener('click', () => void showActor(node.id, null).catch(fail));
        item.append(open, element('span', ` ${node.kind}`, { class: 'count' }));
        return item;
      }),
    );
    const next = byId<HTMLButtonElement>('next-page');
    next.disabled = !page.pageInfo.hasNextPage;
    next.onclick = () => {
      after = page.pageInfo.endCursor;
      void showList().catch(fail);
    };
    const first = byId<HTMLButtonElement>('first-page');
    first.disabled = after === null;
    first.onclick = () => {
      after = null;
      void showList().catch(fail);
    };
    drawFacets();
    status('');
  }

  function drawFacets(): void {
    if (!facets) return;
    const shown = facets;
    byId('facets').replaceChildren(
      ...FACETS.map(({ facet, title, toggle, selected }) => {
        const group = element('div', undefined, { 'data-facet': facet });
        const values = element('ul');
        values.append(
          ...shown[facet].map((value: FacetValue) => {
            const item = element('li');
            const pressed = selected(filter).includes(value.value);
            const choose = element('button', value.label, { type: 'button', 'data-value': value.value, 'aria-pressed': String(pressed) });
            choose.append(element('span', ` ${value.count}`, { class: 'count' }));
            choose.addEventListener('click', () => {
              filter = toggle(filter, value.value);
              after = null;
              void showList().catch(fail);
            });
            item.append(choose);
            return item;
          }),
        );
        group.append(element('h3', title), values);
        return group;
      }),
    );
  }

  async function showActor(id: string, tiesAfter: string | null): Promise<void> {
    status('Loading…');
    const { data } = await client.query({ query: ACTOR_WITH_TIES, variables: { id, first: TIES_PAGE_SIZE, after: tiesAfter } });
    const actor = data!.actor;
    const panel = byId('actor');
    panel.hidden = false;
    if (!actor) {
      panel.replaceChildren(element('p', `No actor ${id}.`));
      return;
    }
    const where = [actor.location?.city?.name, actor.location?.department?.name].filter(Boolean).join(', ');
    const ties = element('ul', undefined, { id: 'ties' });
    ties.append(
      ...actor.ties.edges.map((tie) =>
        element('li', `${tie.direction === 'OUT' ? '→' : '←'} ${tie.kind} ${tie.node.name} (${tie.node.kind ?? tie.node.__typename})`, {
          'data-tie': tie.id,
        }),
      ),
    );
    const more = element('button', 'More ties', { type: 'button', id: 'more-ties' }) as HTMLButtonElement;
    more.disabled = !actor.ties.pageInfo.hasNextPage;
    more.addEventListener('click', () => void showActor(id, actor.ties.pageInfo.endCursor).catch(fail));
    panel.replaceChildren(
      element('h2', actor.name, { 'data-id': actor.id }),
      element('p', [actor.kind, where].filter(Boolean).join(' · ')),
      ...(actor.description ? [element('p', actor.description)] : []),
      element('h3', `Ties (${actor.ties.totalCount})`),
      ties,
      more,
    );
    status('');
  }

  await showList();
}

function fail(error: unknown): void {
  console.error(error);
  byId('status').textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
}

start().catch(fail);

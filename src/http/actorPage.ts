import type { ApolloServer } from '@apollo/server';
import type { Context } from '../graphql/context';

/**
 * /actors/:id sent whole by the server: title, description and link-preview tags in the head, and the
 * actor's card, ties, partner suggestions, timeline, fundings and passages in the body, readable with no
 * JavaScript (the explorer's script then adds the graph). The data comes through the GraphQL schema, so
 * the page shows what the API answers, no more; every value is HTML-escaped.
 */

/** What the page reads; partner suggestions may fail alone (an actor with no neighbours) without losing the rest. */
export const ACTOR_PAGE_QUERY = `query ActorPage($id: ID!) {
  actor(id: $id) {
    id name kindLabel description website aliases foundedIn
    location { place { name } department { name code } }
    domains { domain { name } }
    sources { ...passage }
    ties(first: 100) {
      totalCount
      edges { kind direction since until node { __typename id name } sources { ...passage } }
    }
    fundingReceived { id name amountEur amountText period date funder { id name } programme { name } sources { ...passage } }
    timeline { date kind actor { id name } place { name } funding { name } figure { label value unit } sources { ...passage } }
  }
  partnerSuggestions(actor: $id, first: 5) { actor { id name kindLabel } reasons { text } }
}
fragment passage on Citation { passageId quote source { title url published } }`;

interface Passage {
  passageId: string;
  quote: string;
  source: { title: string; url?: string | null; published?: string | null };
}
interface Named {
  id: string;
  name: string;
}
/** The answer to ACTOR_PAGE_QUERY. */
export interface ActorPageData {
  actor: {
    id: string;
    name: string;
    kindLabel: string;
    description?: string | null;
    website?: string | null;
    aliases: string[];
    foundedIn?: string | null;
    location?: { place: { name: string }; department?: { name: string; code?: string | null } | null } | null;
    domains: { domain: { name: string } }[];
    sources: Passage[];
    ties: {
      totalCount: number;
      edges: {
        kind: string;
        direction: string;
        since?: string | null;
        until?: string | null;
        node: Named & { __typename: string };
        sources: Passage[];
      }[];
    };
    fundingReceived: {
      id: string;
      name: string;
      amountEur?: number | null;
      amountText?: string | null;
      period?: string | null;
      date?: string | null;
      funder: Named;
      programme?: { name: string } | null;
      sources: Passage[];
    }[];
    timeline: {
      date: string;
      kind: string;
      actor?: Named | null;
      place?: { name: string } | null;
      funding?: { name: string } | null;
      figure?: { label: string; value: number; unit: string } | null;
      sources: Passage[];
    }[];
  } | null;
  partnerSuggestions?: { actor: Named & { kindLabel: string }; reasons: { text: string }[] }[] | null;
}

/** What the page is built from: the data, and whether the database failed to give it (then the page says so, not "no such actor"). */
export interface ActorPageAnswer {
  data: ActorPageData | null;
  unavailable: boolean;
}

/**
 * Runs the page's query through the API's own schema, resolvers and services, as an anonymous reader.
 * A time-out is tried again (a busy database often answers the second time, its plan then cached).
 */
export async function loadActorPage(input: {
  apollo: ApolloServer<Context>;
  context: () => Context;
  id: string;
  tries?: number;
}): Promise<ActorPageAnswer> {
  const tries = input.tries ?? 3;
  const response = await input.apollo.executeOperation<ActorPageData>(
    { query: ACTOR_PAGE_QUERY, variables: { id: input.id } },
    { contextValue: input.context() },
  );
  const result = response.body.kind === 'single' ? response.body.singleResult : { data: null, errors: [] };
  const failed = (result.errors ?? []).some((e) => e.extensions?.code !== 'NOT_FOUND' && e.extensions?.code !== 'BAD_USER_INPUT');
  const data = result.data ?? null;
  if (failed && !data?.actor && tries > 1) return loadActorPage({ ...input, tries: tries - 1 });
  return { data, unavailable: failed && !data?.actor };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A tie or event kind in words: MEMBER_OF → "member of". */
const words = (kind: string) => kind.toLowerCase().replaceAll('_', ' ');

/** Numbers every distinct passage once, in order of first citation, for footnote-style references. */
class Passages {
  private readonly numbers = new Map<string, number>();
  readonly list: Passage[] = [];

  /** The references of a fact to its passages, each passage numbered once however often it is cited. */
  cite(passages: Passage[]): string {
    const refs = new Set<number>();
    for (const passage of passages) {
      let n = this.numbers.get(passage.passageId);
      if (n === undefined) {
        this.list.push(passage);
        n = this.list.length;
        this.numbers.set(passage.passageId, n);
      }
      refs.add(n);
    }
    return [...refs].map((n) => ` <a class="ref" href="#passage-${n}" aria-label="source ${n}">[${n}]</a>`).join('');
  }
}

const actorLink = (actor: Named) => `<a href="/actors/${encodeURIComponent(actor.id)}">${escapeHtml(actor.name)}</a>`;
const section = (name: string, title: string, body: string) =>
  body ? `<section class="${name}" aria-labelledby="${name}-title"><h2 id="${name}-title">${title}</h2>${body}</section>` : '';
const list = (tag: 'ul' | 'ol', items: string[]) =>
  items.length ? `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>` : '';
const span = (since?: string | null, until?: string | null) =>
  since || until
    ? ` <span class="dates">(${since ? `since ${escapeHtml(since)}` : ''}${since && until ? ', ' : ''}${until ? `until ${escapeHtml(until)}` : ''})</span>`
    : '';

/** The one-line summary for search engines and link previews. */
export function describeActor(actor: NonNullable<ActorPageData['actor']>): string {
  const summary = actor.description ?? `${actor.kindLabel}${actor.location ? `, ${actor.location.place.name}` : ''}`;
  return summary.length > 200 ? `${summary.slice(0, 199)}…` : summary;
}

/** The head tags of an actor's page: title, description, Open Graph. */
function headTags(actor: NonNullable<ActorPageData['actor']>, url: string): string {
  const title = escapeHtml(`${actor.name} — Occitanie Health Graph`);
  const description = escapeHtml(describeActor(actor));
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Occitanie Health Graph" />`,
    `<meta property="og:title" content="${escapeHtml(actor.name)}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
  ].join('\n    ');
}

/** The page's body: the actor's card and its facts, each fact with references to its passages, listed once at the end. */
function body(data: ActorPageData & { actor: NonNullable<ActorPageData['actor']> }): string {
  const { actor } = data;
  const passages = new Passages();
  const card = [
    `<h1>${escapeHtml(actor.name)}</h1>`,
    `<p class="kind">${escapeHtml(actor.kindLabel)}</p>`,
    actor.description ? `<p class="description">${escapeHtml(actor.description)}</p>` : '',
    actor.aliases.length ? `<p class="aliases">Aussi : ${escapeHtml(actor.aliases.join(', '))}</p>` : '',
    actor.location
      ? `<p class="place">${escapeHtml(actor.location.place.name)}${
          actor.location.department && actor.location.department.name !== actor.location.place.name
            ? `, ${escapeHtml(actor.location.department.name)}${actor.location.department.code ? ` (${escapeHtml(actor.location.department.code)})` : ''}`
            : ''
        }</p>`
      : '',
    actor.domains.length ? `<p class="domains">${actor.domains.map((d) => escapeHtml(d.domain.name)).join(' · ')}</p>` : '',
    actor.foundedIn ? `<p class="founded">Founded in ${escapeHtml(actor.foundedIn)}</p>` : '',
    actor.website && /^https?:\/\//.test(actor.website)
      ? `<p><a class="website" href="${escapeHtml(actor.website)}" rel="noopener nofollow">${escapeHtml(actor.website)}</a></p>`
      : '',
  ].join('');
  const cardSources = passages.cite(actor.sources);
  const self = `<strong>${escapeHtml(actor.name)}</strong>`;
  const ties = actor.ties.edges.map((tie) => {
    const other = tie.node.__typename === 'Actor' ? actorLink(tie.node) : `<span>${escapeHtml(tie.node.name)}</span>`;
    const [from, to] = tie.direction === 'IN' ? [other, self] : [self, other];
    return `<span class="tie">${from} <span class="tie-kind">${escapeHtml(words(tie.kind))}</span> ${to}${span(tie.since, tie.until)}${passages.cite(tie.sources)}</span>`;
  });
  const more =
    actor.ties.totalCount > actor.ties.edges.length
      ? `<p>${actor.ties.totalCount - actor.ties.edges.length} more ties in the API.</p>`
      : '';
  const partners = (data.partnerSuggestions ?? []).map(
    (p) =>
      `${actorLink(p.actor)} <span class="meta">${escapeHtml(p.actor.kindLabel)}</span> — ${escapeHtml(p.reasons.map((r) => r.text).join(' ; '))}`,
  );
  const timeline = actor.timeline.map((event) => {
    const what = event.actor
      ? actorLink(event.actor)
      : escapeHtml(
          event.place?.name ??
            event.funding?.name ??
            (event.figure ? `${event.figure.label}: ${event.figure.value} ${event.figure.unit}` : ''),
        );
    return `<time>${escapeHtml(event.date)}</time> <span class="event-kind">${escapeHtml(words(event.kind))}</span> ${what}${passages.cite(event.sources)}`;
  });
  const fundings = actor.fundingReceived.map((funding) => {
    const amount =
      funding.amountEur != null
        ? `${Math.round(funding.amountEur).toLocaleString('fr-FR')} €`
        : (funding.amountText ?? 'an amount the sources do not give');
    const when = [funding.date, funding.period]
      .filter(Boolean)
      .map((d) => escapeHtml(d!))
      .join(', ');
    return `<strong>${escapeHtml(amount)}</strong> from ${actorLink(funding.funder)}${
      funding.programme ? ` through ${escapeHtml(funding.programme.name)}` : ''
    }${when ? ` <span class="dates">(${when})</span>` : ''}${passages.cite(funding.sources)}`;
  });
  const parts = [
    `<article class="actor-card">${card}${cardSources ? `<p class="card-sources">Sources:${cardSources}</p>` : ''}</article>`,
    section('ties', `Liens — Ties (${actor.ties.totalCount})`, list('ul', ties) + more),
    section('partners', 'Partner suggestions', list('ol', partners)),
    section('timeline', 'Timeline', list('ol', timeline)),
    section('fundings', 'Fundings', list('ul', fundings)),
  ];
  // Last, once all facts are numbered: each passage once.
  const sources = passages.list.map(
    (p, i) =>
      `<blockquote id="passage-${i + 1}"><span class="ref-number">[${i + 1}]</span> « ${escapeHtml(p.quote)} »<cite>${
        p.source.url && /^https?:\/\//.test(p.source.url)
          ? `<a href="${escapeHtml(p.source.url)}" rel="noopener nofollow">${escapeHtml(p.source.title)}</a>`
          : escapeHtml(p.source.title)
      }${p.source.published ? `, ${escapeHtml(p.source.published)}` : ''}</cite></blockquote>`,
  );
  parts.push(section('sources', 'Sources', sources.join('')));
  return `<div class="actor-text">${parts.join('')}</div>`;
}

/** The explorer's page shell with an actor's page in it; a page saying so when there is no such actor. */
export function renderActorPage(input: {
  shell: string;
  id: string;
  data: ActorPageData | null;
  url: string;
  unavailable?: boolean;
}): string {
  const actor = input.data?.actor;
  if (!actor && input.unavailable) {
    const head = '<title>Unavailable — Occitanie Health Graph</title>';
    const main = `<main id="app" class="actor-page unavailable"><div class="actor-text"><h1>This page is unavailable for a moment</h1><p>The database did not answer in time; reload the page in a few seconds.</p></div></main>`;
    return fill(input.shell, head, main);
  }
  if (!actor) {
    const head = `<title>Not found — Occitanie Health Graph</title>\n    <meta name="robots" content="noindex" />`;
    const main = `<main id="app" class="actor-page not-found"><div class="actor-text"><h1>No actor "${escapeHtml(input.id)}"</h1><p>Check the link, or search from the <a href="/">home page</a>.</p></div></main>`;
    return fill(input.shell, head, main);
  }
  const main = `<main id="app" class="actor-page" data-actor="${escapeHtml(actor.id)}">${body({ ...input.data!, actor })}</main>`;
  return fill(input.shell, headTags(actor, input.url), main);
}

/** Puts head tags in place of the shell's title and the page in place of its empty main. */
function fill(shell: string, head: string, main: string): string {
  // Functions as replacements: a "$" in the page is text, not a replacement pattern.
  return shell.replace(/<title>[^<]*<\/title>/, () => head).replace('<main id="app"></main>', () => main);
}

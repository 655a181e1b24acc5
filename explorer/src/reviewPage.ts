import type { GraphQLResult } from './api';
import { el } from './dom';

/**
 * The review page, /review/:document: the document's text with every proposal highlighted at its
 * offsets, and the list of proposals. Keyboard: j/k next/previous, a accept, r reject, e edit, Enter
 * sends the batch of decisions. The curator key is asked on the page and kept for the tab's session.
 */

const KEY_STORAGE = 'ohg-curator-key';

interface Ref {
  name: string;
  id: string | null;
}
interface ProposalView {
  __typename: string;
  id: string;
  kind: string;
  status: string;
  confidence: number;
  sentence: { text: string; start: number; end: number };
  name?: string;
  actorKind?: string;
  match?: string;
  /** An actor's place (aliased: LocationProposal's place is non-null). */
  actorPlace?: Ref | null;
  actor?: Ref;
  place?: Ref | null;
  alias?: string;
  tieKind?: string;
  from?: Ref;
  to?: Ref;
  since?: string | null;
  funder?: Ref;
  recipients?: Ref[];
  amountEur?: number | null;
  subject?: Ref;
  metric?: string;
  value?: number;
}
interface Decision {
  proposal: string;
  action: 'ACCEPT' | 'EDIT' | 'REJECT';
  edit?: Record<string, unknown>;
}

const PROPOSALS_QUERY = `query Review($id: ID!) {
  document(id: $id) { id title text }
  proposals(document: $id, first: 100) {
    nodes {
      __typename id kind status confidence sentence { text start end }
      ... on ActorProposal { name actorKind match actorPlace: place { name id } }
      ... on LocationProposal { actor { name id } place { name id } }
      ... on AliasProposal { actor { name id } alias }
      ... on TieProposal { tieKind from { name id } to { name id } since }
      ... on FundingProposal { funder { name id } recipients { name id } amountEur }
      ... on FigureProposal { subject { name id } metric value }
    }
  }
}`;
const REVIEW_MUTATION = `mutation Decide($id: ID!, $decisions: [ProposalDecision!]!) {
  reviewProposals(document: $id, decisions: $decisions) { proposals { id status } written }
}`;

/** The fields an edit form offers for each kind (as reviewProposals accepts them). */
const EDIT_FIELDS: Record<string, string[]> = {
  ACTOR: ['name', 'actorKind', 'place'],
  LOCATION: ['actor', 'place'],
  ALIAS: ['actor', 'alias'],
  TIE: ['tieKind', 'from', 'to', 'since'],
  FUNDING: ['funder', 'amountEur', 'qualifier', 'instrument', 'date', 'period', 'programme'],
  FIGURE: ['subject', 'metric', 'value', 'qualifier', 'date'],
};
const NUMBER_FIELDS = new Set(['amountEur', 'value']);

async function curatorQuery<T>(key: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResult<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

const refName = (ref: Ref | null | undefined) => (ref ? `${ref.name}${ref.id ? '' : ' (new)'}` : '?');

/** One line saying what a proposal states. */
function summary(p: ProposalView): string {
  switch (p.kind) {
    case 'ACTOR':
      return `${p.name} — ${p.actorKind}${p.match && p.match !== 'new' ? ` = ${p.match}` : ' (new)'}${p.actorPlace ? `, ${p.actorPlace.name}` : ''}`;
    case 'LOCATION':
      return `${refName(p.actor)} in ${refName(p.place)}`;
    case 'ALIAS':
      return `${refName(p.actor)} also called “${p.alias}”`;
    case 'TIE':
      return `${refName(p.from)} ${p.tieKind} ${refName(p.to)}${p.since ? ` since ${p.since}` : ''}`;
    case 'FUNDING':
      return `${refName(p.funder)} → ${(p.recipients ?? []).map(refName).join(', ') || '?'}${p.amountEur ? `: ${p.amountEur.toLocaleString('fr')} €` : ''}`;
    case 'FIGURE':
      return `${refName(p.subject)}: ${p.metric} = ${p.value}`;
    default:
      return p.kind;
  }
}

/** The text split at every proposal's sentence bounds, each piece marked with the proposals covering it. */
function highlightedText(text: string, proposals: ProposalView[]): HTMLElement {
  const container = el('div', undefined, 'document-text');
  container.id = 'document-text';
  const bounds = [...new Set([0, text.length, ...proposals.flatMap((p) => [p.sentence.start, p.sentence.end])])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i]!, bounds[i + 1]!];
    const covering = proposals.filter((p) => p.sentence.start <= start && p.sentence.end >= end);
    if (covering.length === 0) {
      container.append(document.createTextNode(text.slice(start, end)));
      continue;
    }
    const mark = el('mark', text.slice(start, end));
    mark.dataset.proposals = covering.map((p) => p.id).join(' ');
    container.append(mark);
  }
  return container;
}

export async function renderReviewPage(app: HTMLElement, documentId: string): Promise<void> {
  app.className = 'review-page';
  app.replaceChildren();
  const key = sessionStorage.getItem(KEY_STORAGE);
  if (!key) {
    askForKey(app, documentId);
    return;
  }
  const { data, errors } = await curatorQuery<{
    document: { title: string | null; text: string } | null;
    proposals: { nodes: ProposalView[] };
  }>(key, PROPOSALS_QUERY, { id: documentId });
  if (errors?.length || !data?.document) {
    app.append(el('p', errors?.[0]?.message ?? `No document "${documentId}".`, 'error'));
    if (errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' || errors?.[0]?.extensions?.code === 'FORBIDDEN') {
      sessionStorage.removeItem(KEY_STORAGE);
      askForKey(app, documentId);
    }
    return;
  }
  const proposals = data.proposals.nodes;
  const decisions = new Map<string, Decision>();
  let selected = proposals.findIndex((p) => p.status === 'PENDING');
  if (selected < 0) selected = 0;

  const heading = el('h1', data.document.title ?? documentId);
  const help = el('p', 'j / k: next / previous · a: accept · r: reject · e: edit · Enter: send the decisions', 'hint');
  const text = highlightedText(data.document.text, proposals);
  const list = el('ol', undefined, 'proposal-list');
  list.id = 'proposals';
  const result = el('section', undefined, 'review-result');
  result.id = 'review-result';
  const editor = el('form', undefined, 'edit-form');
  editor.id = 'edit-form';
  editor.hidden = true;
  const columns = el('div', undefined, 'review-columns');
  columns.append(text, list);
  app.append(heading, help, result, editor, columns);

  const items = proposals.map((p) => {
    const item = el('li');
    item.dataset.id = p.id;
    item.dataset.kind = p.kind;
    item.dataset.status = p.status;
    item.append(el('span', p.kind, 'kind'), el('span', summary(p), 'what'), el('span', p.status, 'status'), el('span', '', 'decision'));
    list.append(item);
    return item;
  });

  const show = () => {
    items.forEach((item, i) => {
      item.classList.toggle('selected', i === selected);
      const decision = decisions.get(proposals[i]!.id);
      item.querySelector('.decision')!.textContent = decision ? `→ ${decision.action}` : '';
      item.dataset.decision = decision?.action ?? '';
    });
    const current = proposals[selected];
    for (const mark of text.querySelectorAll('mark')) {
      mark.classList.toggle('active', !!current && (mark as HTMLElement).dataset.proposals!.split(' ').includes(current.id));
    }
    items[selected]?.scrollIntoView({ block: 'nearest' });
    text.querySelector('mark.active')?.scrollIntoView({ block: 'nearest' });
  };

  const decide = (action: Decision['action'], edit?: Record<string, unknown>) => {
    const proposal = proposals[selected];
    if (!proposal || proposal.status !== 'PENDING') return;
    decisions.set(proposal.id, { proposal: proposal.id, action, ...(edit ? { edit } : {}) });
    show();
  };

  const openEditor = () => {
    const proposal = proposals[selected];
    if (!proposal || proposal.status !== 'PENDING') return;
    editor.replaceChildren(el('strong', `Edit ${proposal.kind}: ${summary(proposal)}`));
    for (const field of EDIT_FIELDS[proposal.kind] ?? []) {
      const label = el('label', `${field} `);
      const input = document.createElement('input');
      input.name = field;
      input.placeholder = NUMBER_FIELDS.has(field)
        ? 'number'
        : ['place', 'actor', 'from', 'to', 'funder', 'subject', 'programme'].includes(field)
          ? 'id'
          : '';
      label.append(input);
      editor.append(label);
    }
    const save = el('button', 'Keep the edit');
    (save as HTMLButtonElement).type = 'submit';
    editor.append(save);
    editor.hidden = false;
    (editor.querySelector('input') as HTMLInputElement | null)?.focus();
  };
  editor.addEventListener('submit', (event) => {
    event.preventDefault();
    const edit: Record<string, unknown> = {};
    for (const input of editor.querySelectorAll('input')) {
      const value = (input as HTMLInputElement).value.trim();
      if (value) edit[(input as HTMLInputElement).name] = NUMBER_FIELDS.has((input as HTMLInputElement).name) ? Number(value) : value;
    }
    editor.hidden = true;
    if (Object.keys(edit).length > 0) decide('EDIT', edit);
  });

  const submit = async () => {
    if (decisions.size === 0) {
      result.textContent = 'No decision to send: a accepts, r rejects, e edits the selected proposal.';
      return;
    }
    result.textContent = 'Sending…';
    const answer = await curatorQuery<{ reviewProposals: { proposals: { id: string; status: string }[]; written: string[] } }>(
      key,
      REVIEW_MUTATION,
      { id: documentId, decisions: [...decisions.values()] },
    );
    if (answer.errors?.length) {
      result.replaceChildren(el('p', answer.errors[0]!.message, 'error'));
      return;
    }
    const decided = answer.data!.reviewProposals;
    const counts = decided.proposals.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.status]: (acc[p.status] ?? 0) + 1 }), {});
    result.replaceChildren(
      el(
        'p',
        `Decided: ${Object.entries(counts)
          .map(([status, n]) => `${n} ${status.toLowerCase()}`)
          .join(', ')}.`,
        'decided',
      ),
      el('p', decided.written.length ? `Written: ${decided.written.join(', ')}` : 'Nothing written.', 'written'),
    );
    decisions.clear();
    for (const p of decided.proposals) {
      const index = proposals.findIndex((q) => q.id === p.id);
      proposals[index]!.status = p.status;
      items[index]!.dataset.status = p.status;
      items[index]!.querySelector('.status')!.textContent = p.status;
    }
    show();
  };

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'j') selected = Math.min(selected + 1, proposals.length - 1);
    else if (event.key === 'k') selected = Math.max(selected - 1, 0);
    else if (event.key === 'a') decide('ACCEPT');
    else if (event.key === 'r') decide('REJECT');
    else if (event.key === 'e') openEditor();
    else if (event.key === 'Enter') void submit();
    else return;
    event.preventDefault();
    show();
  });
  app.dataset.ready = 'true';
  show();
}

function askForKey(app: HTMLElement, documentId: string): void {
  const form = el('form', undefined, 'key-form') as HTMLFormElement;
  form.id = 'key-form';
  const input = document.createElement('input');
  input.id = 'curator-key';
  input.type = 'password';
  input.placeholder = 'Curator API key';
  input.autocomplete = 'off';
  const button = el('button', 'Review') as HTMLButtonElement;
  button.type = 'submit';
  form.append(el('p', 'Reviewing proposals needs a curator API key (kept for this tab only).'), input, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    sessionStorage.setItem(KEY_STORAGE, input.value.trim());
    void renderReviewPage(app, documentId);
  });
  app.append(form);
}

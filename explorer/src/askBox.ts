import { EDGE_FIELDS, graphql, NODE_FIELDS } from './api';
import { el } from './dom';
import type { GraphPanel } from './graphPanel';

/** The search box: a plain-words question to `ask`, its reading, its results, and its graph drawn. */

const ASK = `query Ask($question: String!, $choices: [AskChoice!]) {
  ask(question: $question, choices: $choices) {
    lang status unapplied understood suggestions
    interpretation { operation graphql notes unplacedWords readings { text role node { name } kind corrected } }
    ambiguities { text candidates { __typename id name } }
    hits { node { __typename id name } }
    actors { id name kindLabel }
    tied { actor { id name } path { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }
    paths { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } }
    fundingByFunder { group { name } totalEur includesSharedAmounts fundings { amountText sharingNote } }
    fundingByRecipient { group { name } totalEur includesSharedAmounts fundings { amountText sharingNote } }
    fundingTotalEur
    partners { actor { id name } reasons { text } }
  }
}`;

function actorLink(actor: { id: string; name: string }): HTMLElement {
  const link = el('a', actor.name) as HTMLAnchorElement;
  link.href = `/actors/${encodeURIComponent(actor.id)}`;
  return link;
}

interface FundingLine {
  group: { name: string };
  totalEur: number;
  includesSharedAmounts: boolean;
  fundings: { amountText: string | null; sharingNote: string | null }[];
}

/** A funder's total, and how its shared amounts are shared: a shared amount says so wherever it is shown. */
function fundingLine(line: FundingLine, lang: 'FR' | 'EN'): (Node | string)[] {
  const parts: (Node | string)[] = [`${line.group.name}: ${Number(line.totalEur).toLocaleString('fr-FR')} €`];
  const shared = line.fundings.filter((funding) => funding.sharingNote);
  if (!line.includesSharedAmounts && shared.length === 0) return parts;
  const heading = lang === 'FR' ? 'montants partagés, comptés une fois' : 'shared amounts, counted once';
  const notes = shared.map((funding) => `${funding.amountText ?? ''} : ${funding.sharingNote}`);
  parts.push(' ', el('span', `(${[heading, ...notes].join(' ; ')})`, 'shared-amount'));
  return parts;
}

/** A node chosen for a phrase that named several: sent back with the question, so it is not asked again. */
export interface AskChoice {
  text: string;
  id: string;
}

export async function runAsk(
  question: string,
  box: HTMLElement,
  graph: GraphPanel,
  openQuery: (query: string) => void,
  choices: AskChoice[] = [],
): Promise<void> {
  box.hidden = false;
  box.replaceChildren(el('p', '…'));
  const { data, errors } = await graphql(ASK, { question, choices });
  box.replaceChildren();
  if (errors?.length || !data) {
    box.append(el('p', errors?.[0]?.message ?? 'No answer.', 'error'));
    await graph.show(null);
    return;
  }
  const a = data.ask;
  const reading = el('p', '', 'reading');
  reading.append(el('strong', a.interpretation.operation ?? (a.lang === 'FR' ? 'Question non comprise' : 'Not understood')));
  for (const r of a.interpretation.readings) {
    if (r.role === 'FILLER') continue;
    reading.append(
      ' ',
      el(
        'span',
        `${r.text}${r.node ? ` → ${r.node.name}` : r.kind ? ` → ${r.kind}` : ''}${r.corrected ? ' (corrigé)' : ''}`,
        `role role-${r.role}`,
      ),
    );
  }
  box.append(reading);
  for (const note of a.interpretation.notes) box.append(el('p', note, 'note'));
  if (a.status === 'PARTIAL') box.append(el('p', a.lang === 'FR' ? 'Réponse partielle' : 'Partial answer', 'note partial'));
  else if (a.interpretation.unplacedWords.length) box.append(el('p', `? ${a.interpretation.unplacedWords.join(', ')}`, 'note'));
  for (const ambiguity of a.ambiguities) {
    const p = el('p', `« ${ambiguity.text} » : `, 'ambiguity');
    for (const candidate of ambiguity.candidates) {
      const choice = el('button', candidate.name) as HTMLButtonElement;
      choice.type = 'button';
      choice.onclick = () => void runAsk(question, box, graph, openQuery, [...choices, { text: ambiguity.text, id: candidate.id }]);
      p.append(choice, ' ');
    }
    box.append(p);
  }
  const list = el('ol', undefined, 'results');
  const item = (...children: (Node | string)[]) => {
    const li = el('li');
    li.append(...children);
    list.append(li);
  };
  for (const hit of a.hits ?? []) item(hit.node.__typename === 'Actor' ? actorLink(hit.node) : hit.node.name);
  for (const actor of a.actors ?? []) item(actorLink(actor), ` — ${actor.kindLabel}`);
  for (const tied of a.tied ?? []) item(actorLink(tied.actor), ` — ${tied.path.nodes.map((n: { name: string }) => n.name).join(' → ')}`);
  for (const path of a.paths ?? []) item(path.nodes.map((n: { name: string }) => n.name).join(' → '));
  // `what did the Région fund`: what each recipient got, rather than the one funder's total.
  const fundingLines = a.fundingByRecipient?.length ? a.fundingByRecipient : (a.fundingByFunder ?? []);
  for (const line of fundingLines) item(...fundingLine(line, a.lang));
  for (const partner of a.partners ?? [])
    item(actorLink(partner.actor), ` — ${partner.reasons.map((r: { text: string }) => r.text).join(' ; ')}`);
  if (list.childElementCount) box.append(list);
  for (const suggestion of a.suggestions) {
    const again = el('button', suggestion, 'suggestion') as HTMLButtonElement;
    again.type = 'button';
    again.onclick = () => {
      (document.getElementById('ask-input') as HTMLInputElement).value = suggestion;
      void runAsk(suggestion, box, graph, openQuery);
    };
    box.append(again, ' ');
  }
  if (a.interpretation.graphql) {
    const open = el(
      'button',
      a.lang === 'FR' ? 'Ouvrir la requête dans l’éditeur' : 'Open the query in the editor',
      'open-query',
    ) as HTMLButtonElement;
    open.type = 'button';
    open.onclick = () => openQuery(a.interpretation.graphql);
    box.append(open);
  }
  await graph.show({ tied: a.tied, paths: a.paths });
}

/** What the ingestion rules read in a short text of our own, over an empty graph (unit tests of the reading rules). */
import { NO_GRAPH_NAMES } from '../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../src/services/ingestion/pipeline';
import { readDocument } from '../../src/services/ingestion/reading/document';

/** The organisations read in each sentence. */
export function organisations(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return readDocument(text, language).sentences.flatMap((s) => s.organisations.map((o) => o.name));
}

/** The new actors proposed. */
export function actors(text: string, language = 'fr'): string[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.flatMap((p) =>
    p.kind === 'ACTOR' ? [p.name] : [],
  );
}

/** The ties proposed, as "from -KIND-> to". */
export function ties(text: string, language = 'fr'): string[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.flatMap((p) =>
    p.kind === 'TIE' ? [`${p.from.name} -${p.tieKind}-> ${p.to.name}`] : [],
  );
}

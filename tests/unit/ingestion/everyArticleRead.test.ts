import fs from 'node:fs';
import path from 'node:path';
import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';

// A rule that throws loses the whole document for the curator: every article the project holds must be read to the end.
const FIXTURES = path.join(__dirname, '../../fixtures');
const ARTICLES = fs
  .readdirSync(FIXTURES)
  .filter((set) => set.startsWith('corpus-rewritten'))
  .flatMap((set) =>
    fs
      .readdirSync(path.join(FIXTURES, set))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => path.join(set, file)),
  );

function propose(text: string) {
  return proposeFacts({ document: prepareDocument({ text }), names: NO_GRAPH_NAMES }).proposals;
}

describe('reading documents to the end', () => {
  it('reads a capital entered after the verb when only a person comes before it', () => {
    const proposals = propose(
      'Installée à Nîmes et présidée par Jean Dupont, la jeune société a vu entrer à son capital la Région Occitanie et la Banque des Territoires.',
    );
    expect(proposals.some((p) => p.kind === 'ACTOR' && p.name === 'Banque des Territoires')).toBe(true);
  });

  it(`reads each of the ${ARTICLES.length} rewritten articles without an error`, () => {
    expect(ARTICLES.length).toBeGreaterThan(400);
    const failed: string[] = [];
    for (const article of ARTICLES) {
      try {
        propose(fs.readFileSync(path.join(FIXTURES, article), 'utf8'));
      } catch (error) {
        failed.push(`${article}: ${(error as Error).message}`);
      }
    }
    expect(failed).toEqual([]);
  });
});

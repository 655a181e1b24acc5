import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '../../src/db/database';
import { projectRoot } from '../../src/domain/paths';
import { countGraph } from '../../src/db/writeGraph';
import { PROPOSAL_KINDS, type IngestionResult, type NamedRef } from '../../src/services/ingestion/proposals/contract';
import { cleanIngestion } from '../support/ingestion';
import { testDatabase } from '../support/testDatabase';

/**
 * `npm run ingest -- FILE --dry-run --json` (the built command) over the seeded test graph: one JSON
 * object in the contract of docs/INGESTION.md, linked to the graph's names, and nothing written.
 */
const NEVER_CREATED = join(projectRoot, '.neo4j', 'ingest-test-never-created');
const SOURCE = join(projectRoot, 'seeds', 'sources', 'therapies-du-futur.txt');

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'dist', 'cli', 'ingest.js'), ...args], {
    env: {
      PATH: process.env.PATH,
      NEO4J_URI: process.env.TEST_NEO4J_URI,
      NEO4J_USER: process.env.TEST_NEO4J_USER,
      NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD,
      LOCAL_NEO4J_HOME: NEVER_CREATED,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const db = testDatabase();
afterAll(async () => {
  await cleanIngestion(db);
  await db.close();
});

describe('npm run ingest -- FILE --dry-run --json', () => {
  let result: IngestionResult;
  let before: { nodes: number; relationships: number };

  beforeAll(async () => {
    before = await countGraph(db);
    const { status, stdout, stderr } = ingest(SOURCE, '--dry-run', '--json', '--url', 'https://www.laregion.fr/actu', '--date', '2024-11');
    expect({ status, stderr: stderr.replace(/^.*Neo4j.*\n/gm, '') }).toEqual({ status: 0, stderr: '' });
    result = JSON.parse(stdout);
  });

  it('prints one object: the document and its proposals', () => {
    expect(Object.keys(result).sort()).toEqual(['document', 'proposals']);
    const text = readFileSync(SOURCE, 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
    expect(result.document).toEqual({
      id: createHash('sha256').update(text).digest('hex'),
      url: 'https://www.laregion.fr/actu',
      title: null,
      publisher: null,
      published: '2024-11',
      language: 'fr',
      length: text.length,
    });
  });

  it('gives each proposal a kind, a stable id, a confidence and a sentence whose offsets point into the text', () => {
    const text = readFileSync(SOURCE, 'utf8');
    expect(result.proposals.length).toBeGreaterThan(20);
    expect(new Set(result.proposals.map((p) => p.id)).size).toBe(result.proposals.length);
    for (const p of result.proposals) {
      expect(PROPOSAL_KINDS).toContain(p.kind);
      expect(p.id).toMatch(/^[0-9a-f]{20}$/);
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(text.slice(p.sentence.start, p.sentence.end)).toBe(p.sentence.text);
    }
  });

  it('names things as {name, id}: the graph id of what the seeded graph knows, null for what is new', () => {
    const refs: NamedRef[] = result.proposals.flatMap((p) => {
      switch (p.kind) {
        case 'TIE':
          return [p.from, p.to];
        case 'FUNDING':
          return [p.funder, ...p.recipients, ...(p.programme ? [p.programme] : [])];
        case 'FIGURE':
          return [p.subject];
        case 'LOCATION':
          return [p.actor, p.place];
        default:
          return [];
      }
    });
    for (const ref of refs) expect(Object.keys(ref).sort()).toEqual(['id', 'name']);
    expect(result.proposals).toContainEqual(
      expect.objectContaining({
        kind: 'TIE',
        tieKind: 'CARRIES',
        from: { name: 'CHU de Toulouse', id: 'chu-toulouse' },
        to: { name: 'HealthAge', id: 'healthage' },
      }),
    );
    expect(result.proposals).toContainEqual(
      expect.objectContaining({ kind: 'FUNDING', funder: { name: 'Région Occitanie', id: 'region-occitanie' }, amountEur: 1_200_000 }),
    );
    // The seed graph holds every actor of this document: none is proposed as new.
    expect(result.proposals.filter((p) => p.kind === 'ACTOR').map((p) => (p.kind === 'ACTOR' ? p.name : ''))).toEqual([]);
  });

  it('writes nothing', async () => {
    expect(await countGraph(db)).toEqual(before);
  });
});

describe('npm run ingest, refusing', () => {
  it.each([
    [['--date', '2023-02-30', '--dry-run'], 'DocumentRefusedError: The publication date "2023-02-30" is not a date'],
    [['--lang', 'de', '--dry-run'], 'DocumentRefusedError: The language "de" is not read'],
    [['--url', 'ftp://x', '--dry-run'], 'DocumentRefusedError: The URL "ftp://x" is not an http(s) address'],
  ])('%j: says why in one line, exit 1, opens no database', (args, reason) => {
    const { status, stdout, stderr } = ingest(SOURCE, ...args);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(reason)]);
    expect(existsSync(NEVER_CREATED)).toBe(false);
  });
});

describe('npm run ingest -- FILE (without --dry-run)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ohg-ingest-')), 'note.txt');
  const text = "La start-up Exemplia, installée à Nîmes, a levé 2 millions d'euros auprès de Sanofi.";
  const id = createHash('sha256').update(text).digest('hex');

  it('stores the document and its proposals for review, and a second run stores nothing new', async () => {
    writeFileSync(file, text);
    const first = ingest(file, '--curator', 'camille');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`document ${id} stored for review`);
    const [stored] = await db.read<{ by: string; proposals: number }>(
      cypher(
        'test.storedByCommand',
        'MATCH (d:Document {id: $id}) RETURN d.ingestedBy AS by, COUNT { (:Proposal)-[:PROPOSED_IN]->(d) } AS proposals',
      ),
      { id },
    );
    expect(stored!.by).toBe('camille');
    expect(stored!.proposals).toBeGreaterThan(0);
    const before = await countGraph(db);
    const second = ingest(file);
    expect(second.stdout).toContain(`document ${id} was already ingested`);
    expect(await countGraph(db)).toEqual(before);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '../../src/db/database';
import { exportDirectory, formatDirectory } from '../../src/services/curation/exporter';
import { ImportValidationError, parseImportFile, runImport } from '../../src/services/curation/importer';
import { removeTie, updateActor } from '../../src/services/curation/mutations';
import { countGraph } from '../../src/db/writeGraph';
import { testDatabase } from '../support/testDatabase';

const db = testDatabase({ timeoutMs: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'ohg-import-'));
/** The shared graph's entities before these tests: an import that rewrites one (the round trip rewrites Sanofi) must not get it deleted by the clean-up. */
let entitiesBefore: string[] = [];
beforeAll(async () => {
  const [row] = await db.read<{ ids: string[] }>(cypher('test.entitiesBefore', 'MATCH (n:Entity) RETURN collect(n.id) AS ids'));
  entitiesBefore = row!.ids;
});
afterAll(async () => {
  await db.write(
    cypher(
      'test.cleanImport',
      `MATCH (n) WHERE (n.origin IN ['import', 'curation'] AND NOT n.id IN $entitiesBefore) OR n:Change
         OR (n:Source AND n.id STARTS WITH 'ref-') OR (n:Passage AND n.id STARTS WITH 'ref-')
       DETACH DELETE n`,
    ),
    { entitiesBefore },
  );
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const HEADER = 'id,name,kind,aliases,description,website,places,domains,passages,source_url,source_title,source_publisher,quote';
/** What export writes: every column, the founding date among them (an import file may leave columns out). */
const EXPORT_HEADER =
  'id,name,kind,aliases,description,website,founded,places,domains,passages,source_url,source_title,source_publisher,quote';
const AGENCY_CSV = [
  HEADER,
  'labo-exemple,Laboratoire Exemple,RESEARCH_ORGANISATION,LabEx | Labo Ex,Laboratoire de recherche en immunothérapies.,,montpellier,immunotherapies,,https://www.example.org/annuaire,Annuaire régional,Agence,"Le Laboratoire Exemple, à Montpellier, étudie les immunothérapies."',
  'startup-exemple,Start-up Exemple,COMPANY,,,https://startup.example.org,toulouse,ia-en-sante | numerique-en-sante,pepites,,,,',
].join('\n');

describe('importing a CSV from a regional agency', () => {
  it('reports in a dry run what would change, and writes nothing', async () => {
    const before = await countGraph(db);
    const report = await runImport(db, parseImportFile(file('agency.csv', AGENCY_CSV)), { dryRun: true, curator: 'agency' });
    expect(report.actors).toEqual([
      { id: 'labo-exemple', status: 'new', changes: [] },
      { id: 'startup-exemple', status: 'new', changes: [] },
    ]);
    expect(report.changesAnything).toBe(true);
    expect(await countGraph(db)).toEqual(before);
  });

  it('loads every row in one transaction; importing the same file again changes nothing', async () => {
    const path = file('agency.csv', AGENCY_CSV);
    const applied = await runImport(db, parseImportFile(path), { dryRun: false, curator: 'agency' });
    expect(applied.actors.map((a) => a.status)).toEqual(['new', 'new']);
    const [row] = await db.read<{ aliases: string[]; places: string[]; domains: string[]; quote: string }>(
      cypher(
        'test.imported',
        `MATCH (a:Actor {id: 'labo-exemple'})
         RETURN a.aliases AS aliases, [(a)-[:LOCATED_IN]->(p) | p.id] AS places, [(a)-[:ACTIVE_IN]->(d) | d.id] AS domains,
                COLLECT { MATCH (p:Passage) WHERE p.id IN a.passageIds RETURN p.quote }[0] AS quote`,
      ),
    );
    expect(row).toEqual({
      aliases: ['LabEx', 'Labo Ex'],
      places: ['montpellier'],
      domains: ['immunotherapies'],
      quote: 'Le Laboratoire Exemple, à Montpellier, étudie les immunothérapies.',
    });

    const counts = await countGraph(db);
    const again = await runImport(db, parseImportFile(path), { dryRun: false, curator: 'agency' });
    expect(again.changesAnything).toBe(false);
    expect(again.actors.map((a) => a.status)).toEqual(['unchanged', 'unchanged']);
    expect(await countGraph(db)).toEqual(counts);
  });

  it('applies a changed row: new fields, place and domains replaced, the change recorded', async () => {
    const changed = AGENCY_CSV.replace(
      'startup-exemple,Start-up Exemple,COMPANY,,,https://startup.example.org,toulouse,ia-en-sante | numerique-en-sante',
      'startup-exemple,Start-up Exemple,COMPANY,,Une start-up.,,montpellier,ia-en-sante',
    );
    const report = await runImport(db, parseImportFile(file('changed.csv', changed)), { dryRun: false, curator: 'agency' });
    expect(report.actors[1]).toEqual({
      id: 'startup-exemple',
      status: 'changed',
      changes: ['description', 'website', 'places', 'domains'],
    });
    const [row] = await db.read<{ description: string; website: string | null; places: string[]; domains: string[]; history: number }>(
      cypher(
        'test.changedRow',
        `MATCH (a:Actor {id: 'startup-exemple'})
         RETURN a.description AS description, a.website AS website, [(a)-[:LOCATED_IN]->(p) | p.id] AS places, [(a)-[:ACTIVE_IN]->(d) | d.id] AS domains,
                COUNT { MATCH (c:Change {targetId: 'startup-exemple', action: 'import'}) } AS history`,
      ),
    );
    expect(row).toEqual({ description: 'Une start-up.', website: null, places: ['montpellier'], domains: ['ia-en-sante'], history: 2 });
  });

  it('refuses a row that would change a retired actor, and writes nothing, until it is restored', async () => {
    const retire = (at: string | null) =>
      db.write(cypher('test.setRetired', `MATCH (a:Actor {id: 'labo-exemple'}) SET a.retiredAt = $at`), { at });
    await retire('2026-01-01T00:00:00.000Z');
    try {
      const changed = AGENCY_CSV.replace('Laboratoire de recherche en immunothérapies.', 'Un autre texte.');
      const counts = await countGraph(db);
      const refusal = await runImport(db, parseImportFile(file('retired.csv', changed)), { dryRun: false, curator: 'agency' }).catch(
        (e) => e,
      );
      expect(refusal).toBeInstanceOf(ImportValidationError);
      expect((refusal as ImportValidationError).problems).toEqual([
        expect.objectContaining({
          section: 'actors',
          row: 1,
          column: 'id',
          message: expect.stringMatching(/labo-exemple.*restore it first/),
        }),
      ]);
      expect(await countGraph(db)).toEqual(counts);
    } finally {
      await retire(null);
    }
  });

  it('refuses a file with bad rows, listing each by row, line and column, and writes nothing', async () => {
    const bad = [
      HEADER,
      'ok-row,Fine,COMPANY,,,,nimes,,pepites,,,,',
      'bad-kind,Bad kind,COMPNY,,,,nimes,,pepites,,,,',
      ',,COMPANY,,,,nimes,,pepites,,,,',
      'no-source,No source,COMPANY,,,,nimes,,,,,,',
      'bad-site,Bad site,COMPANY,,,not-a-url,nimes,,pepites,,,,',
      'ok-row,Duplicate,COMPANY,,,,nimes,,pepites,,,,',
    ].join('\n');
    const before = await countGraph(db);
    const error = (() => {
      try {
        parseImportFile(file('bad.csv', bad));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportValidationError);
    const problems = (error as ImportValidationError).problems.map((p) => `${p.row}/${p.line}/${p.column}`);
    expect(problems).toEqual(['2/3/kind', '3/4/name', '4/5/passages', '5/6/website', '6/7/id']);
    expect((error as ImportValidationError).message).toMatch(/actors, row 2 \(line 3\), column "kind": Invalid option/);
    expect(await countGraph(db)).toEqual(before);
  });

  it('refuses rows naming places, domains or passages that do not exist, and writes nothing', async () => {
    const bad = [HEADER, 'fine-row,Fine,COMPANY,,,,nimes,,pepites,,,,', 'lost-row,Lost,COMPANY,,,,atlantide,astrologie,nowhere,,,,'].join(
      '\n',
    );
    const before = await countGraph(db);
    const error = await runImport(db, parseImportFile(file('unknown.csv', bad)), { dryRun: false, curator: 'agency' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).problems.map((p) => `${p.row}:${p.column}:${p.message}`)).toEqual([
      '2:places:unknown id "atlantide" (expected place)',
      '2:domains:unknown id "astrologie" (expected domain)',
      '2:passages:unknown passage "nowhere"',
    ]);
    expect(await countGraph(db)).toEqual(before);
  });

  it('refuses a file that is not CSV or JSON, and JSON that does not parse', () => {
    expect(() => parseImportFile(file('list.xlsx', 'x'))).toThrow(/expected a \.csv or \.json file/);
    expect(() => parseImportFile(file('broken.json', '{"actors": ['))).toThrow(/JSON syntax/);
    expect(() => parseImportFile(file('columns.csv', 'id,name,kind,colour\nx,X,COMPANY,red'))).toThrow(/unknown columns: colour/);
  });
});

describe('exporting the directory', () => {
  it('round-trips JSON: an exported file, imported after the database changed, restores it exactly', async () => {
    const original = await exportDirectory(db);
    expect(original.actors.length).toBeGreaterThan(30);
    expect(original.ties.length).toBeGreaterThan(40);
    expect(original.fundings.length).toBeGreaterThanOrEqual(7);
    const path = file('directory.json', formatDirectory(original, 'json'));
    expect((await runImport(db, parseImportFile(path), { dryRun: true, curator: 'test' })).changesAnything).toBe(false);

    await updateActor(db, 'test', 'sanofi', { description: 'Texte modifié.' }, { passageId: 'pepites' });
    await removeTie(db, 'test', 'CO_PILOTS', 'inserm', 'contrat-filiere-sante', 'round-trip test');

    const report = await runImport(db, parseImportFile(path), { dryRun: false, curator: 'test' });
    expect(report.actors.filter((a) => a.status !== 'unchanged')).toEqual([{ id: 'sanofi', status: 'changed', changes: ['description'] }]);
    expect(report.ties.filter((t) => t.status !== 'unchanged')).toEqual([
      { id: 'inserm|CO_PILOTS|contrat-filiere-sante', status: 'new', changes: [] },
    ]);
    expect(await exportDirectory(db)).toEqual(original);
  });

  it('round-trips CSV: export, import changes nothing, and the export is the same again', async () => {
    const csv = formatDirectory(await exportDirectory(db), 'csv');
    expect(csv.split('\n')[0]).toBe(EXPORT_HEADER);
    const path = file('directory.csv', csv);
    const report = await runImport(db, parseImportFile(path), { dryRun: false, curator: 'test' });
    expect(report.changesAnything).toBe(false);
    expect(formatDirectory(await exportDirectory(db), 'csv')).toBe(csv);
  });

  it('neutralises cells a spreadsheet would run as formulas, and imports them back exactly', async () => {
    const hostile = [
      HEADER,
      `formula-probe,"=HYPERLINK(""https://evil.example"",""click"")",COMPANY,@SUM(1+1) | +cmd /C calc,-2+3,,montpellier,,pepites,,,,`,
    ].join('\n');
    await runImport(db, parseImportFile(file('hostile.csv', hostile)), { dryRun: false, curator: 'test' });
    const [stored] = await db.read<{ name: string; aliases: string[]; description: string }>(
      cypher(
        'test.formulaProbe',
        "MATCH (a:Actor {id: 'formula-probe'}) RETURN a.name AS name, a.aliases AS aliases, a.description AS description",
      ),
    );
    expect(stored).toEqual({
      name: '=HYPERLINK("https://evil.example","click")',
      aliases: ['@SUM(1+1)', '+cmd /C calc'],
      description: '-2+3',
    });

    const csv = formatDirectory(await exportDirectory(db), 'csv');
    const row = csv.split('\n').find((line) => line.startsWith('formula-probe,'))!;
    expect(row).toBe(
      `formula-probe,"'=HYPERLINK(""https://evil.example"",""click"")",COMPANY,'@SUM(1+1) | +cmd /C calc,'-2+3,,,montpellier,,pepites,,,,`,
    );
    const report = await runImport(db, parseImportFile(file('exported.csv', csv)), { dryRun: true, curator: 'test' });
    expect(report.changesAnything).toBe(false);
  });
});

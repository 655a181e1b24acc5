import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '../../src/db/database';
import { ConstraintViolationError } from '../../src/db/errors';
import { ENTITY_TEXT_INDEX } from '../../src/db/cypher/constraints';
import { SeedValidationError } from '../../src/services/seeding/readSeeds';
import { seedGraph } from '../../src/services/seeding/seedGraph';
import { countGraph, DanglingTieError, writeGraph } from '../../src/db/writeGraph';
import { seedsDir } from '../../src/domain/paths';
import { allTermsQuery } from '../../src/db/lucene';
import { testDatabase } from '../support/testDatabase';

const db = testDatabase();
afterAll(() => db.close());

const SOUVERAINETE = 'souverainete-sanitaire';
const THERAPIES = 'therapies-du-futur';

/** Reads the passages a node or relationship cites: [sourceId, quote][]. */
async function citedPassages(passageIds: string[]): Promise<[string, string][]> {
  const rows = await db.read<{ sourceId: string; quote: string }>(
    cypher('test.passages', 'MATCH (p:Passage) WHERE p.id IN $ids RETURN p.sourceId AS sourceId, p.quote AS quote'),
    { ids: passageIds },
  );
  return rows.map((row) => [row.sourceId, row.quote]);
}

describe('loading the seed graph', () => {
  it('is idempotent: a second run creates no node or relationship and leaves the counts unchanged', async () => {
    // Other files share this database and may have removed a seeded tie: a first run puts the seeds back.
    await seedGraph(db);
    const before = await countGraph(db);
    const report = await seedGraph(db);
    expect(report.written.nodesCreated).toBe(0);
    expect(report.written.relationshipsCreated).toBe(0);
    expect({ nodes: report.nodes, relationships: report.relationships }).toEqual(before);
    expect(before.nodes).toBeGreaterThan(100);
    expect(before.relationships).toBeGreaterThan(150);
  });
});

describe('every actor the documents name is in the graph, cited from the right document', () => {
  // [id, name, kind, document, words of the cited passage]
  const actors: [string, string, string, string, string][] = [
    ['antabio', 'Antabio', 'COMPANY', SOUVERAINETE, 'pépites'],
    ['evotec', 'Evotec', 'COMPANY', SOUVERAINETE, 'pépites'],
    ['horiba', 'Horiba', 'COMPANY', SOUVERAINETE, 'pépites'],
    ['pierre-fabre', 'Laboratoires Pierre Fabre', 'COMPANY', SOUVERAINETE, 'Pierre Fabre'],
    ['quantum-surgical', 'Quantum Surgical', 'COMPANY', SOUVERAINETE, 'Quantum Surgical'],
    ['sanofi', 'Sanofi', 'COMPANY', SOUVERAINETE, 'SANOFI'],
    ['thermofisher', 'ThermoFisher', 'COMPANY', SOUVERAINETE, 'ThermoFisher'],
    ['ipsophene', 'Ipsophène', 'COMPANY', SOUVERAINETE, 'paracétamol'],
    ['inits', 'Inits', 'COMPANY', THERAPIES, 'usine mutualisée'],
    ['medinbox', 'MedinBox', 'COMPANY', THERAPIES, 'chirurgiens'],
    ['beathealth', 'BeatHealth', 'COMPANY', THERAPIES, 'Parkinson'],
    ['diappymed', 'DiappyMed', 'COMPANY', THERAPIES, 'diabétiques'],
    ['region-occitanie', 'Région Occitanie', 'PUBLIC_AUTHORITY', SOUVERAINETE, 'la Région a donc adopté'],
    ['etat', 'État', 'PUBLIC_AUTHORITY', SOUVERAINETE, 'copiloter'],
    ['carole-delga', 'Carole Delga', 'PERSON', SOUVERAINETE, 'Présidente de la Région Occitanie'],
    ['inserm', 'Inserm', 'RESEARCH_ORGANISATION', SOUVERAINETE, 'recherche médicale Inserm'],
    ['eurobiomed', 'Eurobiomed', 'COMPETITIVENESS_POLE', SOUVERAINETE, 'pôle de compétitivité Eurobiomed'],
    ['cosmed', 'Cosmed', 'CLUSTER', SOUVERAINETE, 'CosmedSilverOccRobotics Place'],
    ['silverocc', 'SilverOcc', 'CLUSTER', SOUVERAINETE, 'CosmedSilverOccRobotics Place'],
    ['robotics-place', 'Robotics Place', 'CLUSTER', SOUVERAINETE, 'CosmedSilverOccRobotics Place'],
    ['ad-occ', 'Ad’Occ', 'AGENCY', SOUVERAINETE, 'agence régionale de développement économique'],
    ['chu-montpellier', 'CHU de Montpellier', 'UNIVERSITY_HOSPITAL', SOUVERAINETE, '3 CHU Montpellier, Nîmes et Toulouse'],
    ['chu-nimes', 'CHU de Nîmes', 'UNIVERSITY_HOSPITAL', SOUVERAINETE, '3 CHU Montpellier, Nîmes et Toulouse'],
    ['chu-toulouse', 'CHU de Toulouse', 'UNIVERSITY_HOSPITAL', SOUVERAINETE, '3 CHU Montpellier, Nîmes et Toulouse'],
    ['immun4cure', 'Immun4Cure', 'HOSPITAL_UNIVERSITY_INSTITUTE', THERAPIES, 'Formé par'],
    ['healthage', 'HealthAge', 'HOSPITAL_UNIVERSITY_INSTITUTE', THERAPIES, 'Porté par'],
    ['universite-montpellier', 'Université de Montpellier', 'UNIVERSITY', THERAPIES, 'Université de Montpellier'],
    ['ut3', 'Université Paul Sabatier Toulouse III', 'UNIVERSITY', THERAPIES, 'Paul Sabatier'],
    ['medvallee', 'MedVallée', 'EXCELLENCE_HUB', THERAPIES, 'santé globale MedVallée'],
    ['aniti', 'ANITI', 'CLUSTER', THERAPIES, 'IA-Cluster Toulousain ANITI'],
    ['fonds-regional-souverain', 'Fonds Régional Souverain', 'FUND', THERAPIES, 'Soutenu par le Fonds Régional Souverain'],
    ['bio-occ', 'Bio’Occ', 'CONSORTIUM', THERAPIES, 'consortium Bio’Occ'],
    ['filiere-sante-occitanie', 'Filière Santé d’Occitanie', 'INDUSTRY_SECTOR', SOUVERAINETE, 'filière'],
    [
      'filiere-bioproduction-biotherapies',
      'Filière régionale « Bioproduction et biothérapies »',
      'INDUSTRY_SECTOR',
      THERAPIES,
      '5 000 emplois',
    ],
  ];

  it.each(actors)('%s: %s (%s), from %s', async (id, name, kind, document, words) => {
    const [actor] = await db.read<{ name: string; kind: string; passageIds: string[] }>(
      cypher('test.actor', 'MATCH (a:Actor:Entity {id: $id}) RETURN a.name AS name, a.kind AS kind, a.passageIds AS passageIds'),
      { id },
    );
    expect(actor).toMatchObject({ name, kind });
    const passages = await citedPassages(actor!.passageIds);
    expect(passages.some(([source, quote]) => source === document && quote.includes(words))).toBe(true);
  });
});

describe('every tie the documents state is in the graph, with the passage stating it', () => {
  // [from, type, to, words of the cited passage]
  const ties: [string, string, string, string][] = [
    ['inserm', 'FOUNDED', 'immun4cure', 'Formé par l’Inserm'],
    ['chu-montpellier', 'FOUNDED', 'immun4cure', 'le CHU et l’Université de Montpellier'],
    ['universite-montpellier', 'FOUNDED', 'immun4cure', 'l’Université de Montpellier, Immun4Cure'],
    ['chu-toulouse', 'CARRIES', 'healthage', 'Porté par le CHU de Toulouse'],
    ['ut3', 'CARRIES', 'healthage', 'Université Paul Sabatier Toulouse III'],
    ['inserm', 'CARRIES', 'healthage', 'et l’Inserm, HealthAge'],
    ['immun4cure', 'PART_OF', 'medvallee', 's’inscrit dans le pôle d’excellence'],
    ['etat', 'LABELLED', 'immun4cure', 'labellisant en mai 2023'],
    ['etat', 'LABELLED', 'healthage', 'labellisant en mai 2023'],
    ['region-occitanie', 'CO_PILOTS', 'contrat-filiere-sante', 'vont le copiloter'],
    ['etat', 'CO_PILOTS', 'contrat-filiere-sante', 'vont le copiloter'],
    ['inserm', 'CO_PILOTS', 'contrat-filiere-sante', 'vont le copiloter'],
    ['eurobiomed', 'CO_PILOTS', 'contrat-filiere-sante', 'vont le copiloter'],
    ['region-occitanie', 'RUNS', 'contrat-filiere-sante', 'la Région a donc adopté le Contrat'],
    ['cosmed', 'PARTNER_IN', 'contrat-filiere-sante', 'bâti avec'],
    ['silverocc', 'PARTNER_IN', 'contrat-filiere-sante', 'bâti avec'],
    ['robotics-place', 'PARTNER_IN', 'contrat-filiere-sante', 'bâti avec'],
    ['ad-occ', 'PARTNER_IN', 'contrat-filiere-sante', 'bâti avec'],
    ['contrat-filiere-sante', 'SUPPORTS', 'strategie-etat-sante', 'stratégie définie par l’État fin 2023'],
    ['aniti', 'PILOTS', 'ia-pour-la-sante', 'piloté depuis 2023'],
    ['region-occitanie', 'RUNS', 'defi-cle-biotherapies', 'Dès 2021'],
    ['ad-occ', 'RUNS', 'biotherapie-innovation-occitanie', 'fédère depuis 2023'],
    ['region-occitanie', 'MEMBER_OF', 'bio-occ', 'fait partie du consortium'],
    ['region-occitanie', 'PARTNERS_WITH', 'eurobiomed', 'attirer de nouvelles entreprises'],
    ['region-occitanie', 'PARTNERS_WITH', 'ad-occ', 'attirer de nouvelles entreprises'],
    ['carole-delga', 'LEADS', 'region-occitanie', 'Présidente'],
    ['ipsophene', 'TAKES_PART_IN', 'relocalisation-industrielle', 'à l’exemple de l’implantation'],
    ['sanofi', 'PART_OF', 'filiere-sante-occitanie', 'pépites'],
    ['immun4cure', 'ACTIVE_IN', 'immunotherapies', 'immunothérapies'],
    ['healthage', 'ACTIVE_IN', 'vieillissement', 'vieillissement en bonne santé'],
    ['inits', 'ACTIVE_IN', 'bioproduction', 'biomédicaments'],
    ['ia-pour-la-sante', 'ACTIVE_IN', 'cancerologie', 'cancérologie'],
    ['contrat-filiere-sante', 'ACTIVE_IN', 'silver-economie-gerosciences', 'quatre domaines d’excellence'],
    ['ipsophene', 'LOCATED_IN', 'toulouse', 'Ipsophène à Toulouse'],
    ['inits', 'LOCATED_IN', 'mauguio', 'Mauguio (34)'],
    ['medinbox', 'LOCATED_IN', 'toulouse', 'Le Toulousain MedinBox'],
    ['diappymed', 'LOCATED_IN', 'montpellier', 'montpelliéraine DiappyMed'],
    ['aniti', 'LOCATED_IN', 'toulouse', 'IA-Cluster Toulousain'],
  ];

  it.each(ties)('%s -%s-> %s', async (from, type, to, words) => {
    const rows = await db.read<{ passageIds: string[] }>(
      cypher('test.tie', 'MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type RETURN r.passageIds AS passageIds'),
      { from, to, type },
    );
    expect(rows).toHaveLength(1);
    const passages = await citedPassages(rows[0]!.passageIds);
    expect(passages.some(([, quote]) => quote.includes(words))).toBe(true);
  });
});

describe('every figure and amount the documents give is stored as a number with its source', () => {
  // [owner, metric, value, words]
  const figures: [string, string, number, string][] = [
    ['filiere-sante-occitanie', 'RESEARCHERS', 7000, '7 000 chercheurs'],
    ['filiere-sante-occitanie', 'RESEARCH_CENTRES', 60, '60 centres de recherche'],
    ['filiere-sante-occitanie', 'EMPLOYEES', 25000, '25 000 salariés'],
    ['filiere-sante-occitanie', 'COMPANIES', 730, '730 entreprises'],
    ['filiere-sante-occitanie', 'REVENUE_EUR', 6_700_000_000, '6,7 milliards'],
    ['filiere-sante-occitanie', 'UNIVERSITY_HOSPITALS', 3, '3 CHU'],
    ['filiere-sante-occitanie', 'STUDENTS', 10000, '10 000 étudiants'],
    ['filiere-bioproduction-biotherapies', 'STRUCTURES', 100, 'plus de cent structures'],
    ['filiere-bioproduction-biotherapies', 'JOBS', 5000, '5 000 emplois'],
    ['inits', 'INVESTMENT_EUR', 27_000_000, '27 millions'],
    ['inits', 'JOBS', 60, '60 emplois'],
    ['bio-occ', 'GRADUATES', 1000, '1 000 diplômés'],
    ['contrat-filiere-sante', 'NEW_COMPANIES', 100, '100 jeunes entreprises'],
    ['relocalisation-industrielle', 'RELOCATION_PROJECTS', 5, 'cinq nouveaux projets'],
    ['strategie-regionale-ia', 'BUDGET_EUR', 60_000_000, '60 millions'],
  ];

  it.each(figures)('%s %s = %d', async (owner, metric, value, words) => {
    const [row] = await db.read<{ value: number; passageIds: string[] }>(
      cypher(
        'test.figure',
        'MATCH (:Entity {id: $owner})-[r:HAS_FIGURE]->(f:Figure {metric: $metric}) RETURN f.value AS value, f.passageIds AS passageIds',
      ),
      { owner, metric },
    );
    expect(row?.value).toBe(value);
    expect((await citedPassages(row!.passageIds)).some(([, quote]) => quote.includes(words))).toBe(true);
  });

  // [funding, funder, amount, recipients, programme]
  const fundings: [string, string, number | null, string[], string | null][] = [
    ['region-contrat-150m', 'region-occitanie', 150_000_000, ['filiere-sante-occitanie'], 'contrat-filiere-sante'],
    ['region-contrat-innovation-25m', 'region-occitanie', 25_000_000, [], 'contrat-filiere-sante'],
    ['region-ihu-10m', 'region-occitanie', 10_000_000, ['healthage', 'immun4cure'], null],
    ['region-sante-200m', 'region-occitanie', 200_000_000, ['filiere-sante-occitanie'], null],
    ['region-biotherapies-36m', 'region-occitanie', 36_000_000, ['filiere-bioproduction-biotherapies'], null],
    ['region-ia-pour-la-sante-1-2m', 'region-occitanie', 1_200_000, [], 'ia-pour-la-sante'],
    ['frs-inits', 'fonds-regional-souverain', null, ['inits'], null],
  ];

  it.each(fundings)('%s: from %s, %p euros', async (id, funder, amount, recipients, programme) => {
    const [row] = await db.read<{ funder: string; amount: number | null; recipients: string[]; programme: string | null }>(
      cypher(
        'test.funding',
        `MATCH (g:Actor)-[:GRANTS]->(f:Funding {id: $id})
         RETURN g.id AS funder, f.amountEur AS amount,
                [(f)-[:GRANTED_TO]->(r) | r.id] AS recipients,
                head([(f)-[:UNDER]->(p) | p.id]) AS programme`,
      ),
      { id },
    );
    expect({ ...row, recipients: [...row!.recipients].sort() }).toEqual({ funder, amount, recipients, programme });
  });
});

describe('provenance', () => {
  it('every entity and every relationship cites at least one passage, and every cited passage exists', async () => {
    const [row] = await db.read<{ uncitedNodes: number; uncitedTies: number; dangling: string[] }>(
      cypher(
        'test.provenance',
        `CALL { MATCH (n) WHERE (n:Entity OR n:Figure) AND size(coalesce(n.passageIds, [])) = 0 RETURN count(n) AS uncitedNodes }
         CALL { MATCH ()-[r]->() WHERE size(coalesce(r.passageIds, [])) = 0 RETURN count(r) AS uncitedTies }
         CALL {
           MATCH (p:Passage) WITH collect(p.id) AS known
           MATCH (n) WHERE n:Entity OR n:Figure UNWIND n.passageIds AS cited
           WITH known, cited WHERE NOT cited IN known RETURN collect(DISTINCT cited) AS dangling
         }
         RETURN uncitedNodes, uncitedTies, dangling`,
      ),
    );
    expect(row).toEqual({ uncitedNodes: 0, uncitedTies: 0, dangling: [] });
  });

  it('keeps the full text of both documents, with their title and publisher', async () => {
    const rows = await db.read<{ id: string; title: string; publisher: string; text: string }>(
      cypher(
        'test.sources',
        "MATCH (s:Source {kind: 'DOCUMENT'}) RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.text AS text ORDER BY id",
      ),
    );
    expect(rows.map((r) => r.id)).toEqual([SOUVERAINETE, THERAPIES]);
    for (const row of rows) {
      expect(row.publisher).toBe('Région Occitanie');
      expect(row.text).toBe(readFileSync(join(seedsDir, 'sources', `${row.id}.txt`), 'utf8'));
      expect(row.text).toContain(row.title);
    }
  });
});

describe('constraints', () => {
  it('reject a second actor with an existing id', async () => {
    await expect(db.write(cypher('test.duplicate', "CREATE (:Actor:Entity {id: 'sanofi', name: 'Sanofi bis'})"))).rejects.toBeInstanceOf(
      ConstraintViolationError,
    );
  });

  it('reject an id already used by an entity of another kind', async () => {
    await expect(db.write(cypher('test.duplicateAcross', "CREATE (:Programme:Entity {id: 'sanofi', name: 'x'})"))).rejects.toBeInstanceOf(
      ConstraintViolationError,
    );
    const [row] = await db.read<{ n: number }>(cypher('test.countSanofi', "MATCH (n {id: 'sanofi'}) RETURN count(n) AS n"));
    expect(row?.n).toBe(1);
  });
});

describe('a malformed seed folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ohg-seeds-'));
    cpSync(seedsDir, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function edit(file: string, from: string, to: string) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`test setup: "${from}" not in ${file}`);
    writeFileSync(path, text.replace(from, to));
  }

  it('is refused with the file, line, record, id and field of a bad kind, and nothing is written', async () => {
    edit('actors.yaml', 'kind: FUND', 'kind: FUNDS');
    const before = await countGraph(db);
    const error = await seedGraph(db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(/actors\.yaml:\d+, record 5 \(id "fonds-regional-souverain"\), field "kind": .*"FUNDS"/);
    expect(await countGraph(db)).toEqual(before);
  });

  it('is refused when a tie names an unknown actor', async () => {
    edit('ties.yaml', '{ type: FOUNDED, from: inserm, to: immun4cure', '{ type: FOUNDED, from: insern, to: immun4cure');
    await expect(seedGraph(db, dir)).rejects.toThrow(/ties\.yaml:\d+, record 1, field "from": unknown id "insern"/);
  });

  it('is refused when a quote is not word for word in its document', async () => {
    edit('sources.yaml', 'vont le copiloter', 'vont le piloter');
    await expect(seedGraph(db, dir)).rejects.toThrow(
      /sources\.yaml:\d+, record 1 \(id "souverainete-sanitaire"\), field "passages\.contrat-copilotes": this quote is not in/,
    );
  });

  it('is refused when a fact cites no passage, or one that does not exist', async () => {
    edit('actors.yaml', 'cite: [inits]', 'cite: [inits-nowhere]');
    await expect(seedGraph(db, dir)).rejects.toThrow(/field "cite\.0": unknown passage "inits-nowhere"/);
  });

  it('is refused on a YAML syntax error, with its line', async () => {
    edit('places.yaml', '- { id: gard,', '- { id: gard,,, [');
    await expect(seedGraph(db, dir)).rejects.toThrow(/places\.yaml:\d+: YAML syntax/);
  });

  it('rolls back the whole load when a tie cannot be written, leaving the database as it was', async () => {
    const before = await countGraph(db);
    const batch = {
      nodes: [{ label: 'Actor' as const, id: 'rollback-probe', props: { name: 'Probe', nameKey: 'probe', passageIds: ['pepites'] } }],
      ties: [
        {
          type: 'FOUNDED' as const,
          fromLabel: 'Actor' as const,
          from: 'rollback-probe',
          toLabel: 'Actor' as const,
          to: 'no-such-actor',
          props: { passageIds: ['pepites'] },
        },
      ],
    };
    await expect(writeGraph(db, batch)).rejects.toBeInstanceOf(DanglingTieError);
    expect(await countGraph(db)).toEqual(before);
  });
});

describe('the full-text index (accent-folding) reaches', () => {
  it.each([
    ['ipsophene', 'ipsophene'],
    ['pierre fabre', 'pierre-fabre'],
    ['chu toulouse', 'chu-toulouse'],
    ['MEDVALLEE', 'medvallee'],
    ['universite de montpellier', 'universite-montpellier'],
  ])('%s -> %s among the first three hits', async (text, expectedId) => {
    const rows = await db.read<{ id: string }>(
      cypher('test.fulltext', `CALL db.index.fulltext.queryNodes('${ENTITY_TEXT_INDEX}', $q) YIELD node RETURN node.id AS id LIMIT 3`),
      { q: allTermsQuery(text) },
    );
    // The corpus adds namesakes (Pierre Fabre's sites, Boost Invest MedVallée) that the raw index may rank alongside.
    expect(rows.map((row) => row.id)).toContain(expectedId);
  });
});

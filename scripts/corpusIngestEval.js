/**
 * How the ingestion rules do on the corpus's own documents: `node scripts/corpusIngestEval.js DIR`, where DIR holds one
 * text file per SUMMARY source, named by its id (the readers' excerpts: third-party text, never stored in the repository).
 * Compares the ACTOR and FUNDING proposals of each text with the corpus actors and fundings that cite that source.
 */
const TEXTS = process.argv[2];
if (!TEXTS) {
  console.error('usage: node scripts/corpusIngestEval.js DIR (one <source-id>.txt per summarised document)');
  process.exit(2);
}
const fs = require('fs');
const { readSeedDirectory } = require('../dist/services/seeding/readSeeds');
const { prepareDocument, proposeFacts } = require('../dist/services/ingestion/pipeline');
const { NO_GRAPH_NAMES, nameKey } = require('../dist/services/ingestion/linking/names');
const s = readSeedDirectory(require('node:path').join(__dirname, '..', 'seeds'));
const names = {
  ...NO_GRAPH_NAMES,
  places: s.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, code: p.code ?? null, aliases: p.aliases })),
  domains: s.domains.map((d) => ({ id: d.id, name: d.name, aliases: d.aliases })),
};
const passageSource = new Map(s.sources.flatMap((src) => Object.keys(src.passages).map((p) => [p, src.id])));
const files = fs.readdirSync(TEXTS).filter((f) => f.endsWith('.txt'));
let expected = 0,
  found = 0,
  proposed = 0,
  correct = 0,
  fundExp = 0,
  fundFound = 0,
  docs = 0;
const missed = [],
  extra = [];
for (const file of files) {
  const id = file.replace(/\.txt$/, '');
  const actors = s.actors.filter((a) => a.cite.some((c) => passageSource.get(c) === id));
  if (actors.length === 0) continue;
  docs++;
  let doc;
  try {
    doc = prepareDocument({ text: fs.readFileSync(require('node:path').join(TEXTS, file), 'utf8') });
  } catch (e) {
    continue;
  }
  const result = proposeFacts({ document: doc, names });
  const keys = new Set(actors.flatMap((a) => [a.name, ...a.aliases].map(nameKey)));
  const props = result.proposals.filter((p) => p.kind === 'ACTOR');
  proposed += props.length;
  for (const p of props) {
    if (keys.has(nameKey(p.name))) correct++;
    else extra.push(p.name);
  }
  const propKeys = new Set(props.map((p) => nameKey(p.name)));
  for (const a of actors) {
    expected++;
    if ([a.name, ...a.aliases].some((n) => propKeys.has(nameKey(n)))) found++;
    else missed.push(`${a.name} (${a.kind})`);
  }
  const fundings = s.fundings.filter((f) => f.amountEur && f.cite.some((c) => passageSource.get(c) === id));
  const amounts = new Set(result.proposals.filter((p) => p.kind === 'FUNDING').map((p) => p.amountEur));
  for (const f of fundings) {
    fundExp++;
    if (amounts.has(f.amountEur)) fundFound++;
  }
}
console.log(
  JSON.stringify({
    docs,
    actorRecall: +(found / expected).toFixed(2),
    expected,
    found,
    proposed,
    precisionVsCorpusActors: +(correct / proposed).toFixed(2),
    fundingAmountRecall: +(fundFound / fundExp).toFixed(2),
    fundExp,
    fundFound,
  }),
);
console.log('missed sample:', missed.slice(0, 25).join('; '));
console.log('extra sample:', extra.slice(0, 40).join('; '));

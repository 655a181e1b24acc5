/**
 * How the ingestion rules do on the corpus's own documents: `node scripts/corpusIngestEval.js DIR [--verbose]`, where DIR
 * holds one text file per SUMMARY source, named by its id (the readers' excerpts: third-party text, never stored in the
 * repository). Compares the proposals of each text with the corpus facts that cite that source (actors; fundings by
 * funder, recipient and amount; figures; ties; locations), on two halves split by the sha256 of the file name: TUNING
 * (rules may be tuned on it) and HELD-OUT (never read while writing rules; it says whether they generalise).
 * `--tune-on-all` treats every file as tuning (for a set written to be tuned on whole, such as the first rewritten
 * articles, whose files all fall in the held-out half). `--folds` also scores the tuning half's two folds. `--details KIND` (FUNDING, FIGURE, TIE, LOCATION) lists the tuning half's misses and wrong proposals of that kind.
 * For ties and locations it also prints, apart, the precision that counts as right a proposal of a fact the corpus
 * cites from another document (true and curated, but not among this document's facts); the strict one is the target's.
 */
const TEXTS = process.argv[2];
if (!TEXTS) {
  console.error(
    'usage: node scripts/corpusIngestEval.js DIR [--verbose] [--folds] [--tune-on-all] [--details KIND] (one <source-id>.txt per summarised document)',
  );
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const tuneOnAll = process.argv.includes('--tune-on-all');
const detailsAt = process.argv.indexOf('--details');
const detailKind = detailsAt > 0 ? process.argv[detailsAt + 1] : undefined;
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { readSeedDirectory } = require('../dist/services/seeding/readSeeds');
const { prepareDocument, proposeFacts } = require('../dist/services/ingestion/pipeline');
const { NO_GRAPH_NAMES, nameKey, compactKey } = require('../dist/services/ingestion/linking/names');
const { scoreProposals } = require('../dist/services/ingestion/evaluation');
const s = readSeedDirectory(path.join(__dirname, '..', 'seeds'));
const names = {
  ...NO_GRAPH_NAMES,
  places: s.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, code: p.code ?? null, aliases: p.aliases })),
  domains: s.domains.map((d) => ({ id: d.id, name: d.name, aliases: d.aliases })),
};
const passageSource = new Map(s.sources.flatMap((src) => Object.keys(src.passages).map((p) => [p, src.id])));

/** The half a file belongs to: the first hex digit of the sha256 of its name, even = tuning, odd = held-out. */
function halfOf(file) {
  if (tuneOnAll) return 'tuning';
  return parseInt(createHash('sha256').update(file).digest('hex')[0], 16) % 2 === 0 ? 'tuning' : 'heldOut';
}

/** Kinds scored by recall and precision besides actors: the same keys as `npm run eval:ingest`, fundings stricter. */
const FACT_KINDS = ['FUNDING', 'FIGURE', 'TIE', 'LOCATION'];
function emptyScore() {
  const facts = Object.fromEntries(
    FACT_KINDS.map((k) => [k, { expected: 0, found: 0, proposed: 0, correct: 0, elsewhere: 0, details: [] }]),
  );
  return {
    docs: 0,
    expected: 0,
    found: 0,
    proposed: 0,
    correct: 0,
    elsewhere: 0,
    fundExp: 0,
    fundFound: 0,
    missed: [],
    extra: [],
    facts,
    since: { dated: 0, sameYear: 0, none: 0 },
  };
}
/** Every name and alias of the corpus's actors: a proposed actor among them is a true organisation, cited elsewhere. */
const corpusActorKeys = new Set(s.actors.flatMap((a) => [a.name, ...a.aliases].map(nameKey)));
const idOfName = new Map();
for (const entity of [...s.actors, ...s.programmes, ...s.places])
  for (const name of [entity.name, ...entity.aliases]) if (!idOfName.has(compactKey(name))) idOfName.set(compactKey(name), entity.id);
const idOf = (ref) => ref.id ?? idOfName.get(compactKey(ref.name)) ?? `new:${compactKey(ref.name)}`;

/**
 * Ties and locations the corpus holds from any document, keyed as scoreProposals keys them: a proposal the document's
 * own facts do not have but the corpus cites from another document is a true fact, counted apart ("elsewhere").
 */
const tieKey = (t) => (t.type === 'PARTNERS_WITH' && t.from > t.to ? `${t.type}:${t.to}->${t.from}` : `${t.type}:${t.from}->${t.to}`);
const corpusKeys = {
  TIE: new Set(s.ties.filter((t) => t.type !== 'LOCATED_IN' && t.type !== 'ACTIVE_IN').map(tieKey)),
  LOCATION: new Set(s.ties.filter((t) => t.type === 'LOCATED_IN').map((t) => `${t.from}@${t.to}`)),
};

/** A FUNDING proposal states a curated funding when the amount is the same, the funder is its funder or a cofunder, and a recipient is one of its recipients. */
function fundingMatches(p, f) {
  if ((p.amountEur ?? null) !== (f.amountEur ?? null)) return false;
  if (![f.funder, ...f.cofunders].includes(idOf(p.funder))) return false;
  return f.recipients.length === 0 || p.recipients.some((r) => f.recipients.includes(idOf(r)));
}

/** Fundings of one document, scored by funder, recipient and amount. */
function scoreFundings(proposals, fundings, id) {
  const props = proposals.filter((p) => p.kind === 'FUNDING');
  const describe = (p) => `${idOf(p.funder)} -> ${p.recipients.map(idOf).join('+')}: ${p.amountEur}`;
  const found = fundings.filter((f) => props.some((p) => fundingMatches(p, f)));
  const correct = props.filter((p) => fundings.some((f) => fundingMatches(p, f)));
  return {
    expected: fundings.length,
    found: found.length,
    proposed: props.length,
    correct: correct.length,
    details: [
      ...fundings.filter((f) => !found.includes(f)).map((f) => `${id} missed ${f.funder} -> ${f.recipients.join('+')}: ${f.amountEur}`),
      ...props.filter((p) => !correct.includes(p)).map((p) => `${id} wrong ${describe(p)}`),
    ],
  };
}
const folds = process.argv.includes('--folds');
/** With `--folds`, the tuning half is also scored as two folds (second hex digit of the same hash): a rule written while reading one fold should lift the other too. */
function foldOf(file) {
  return parseInt(createHash('sha256').update(file).digest('hex')[1], 16) % 2 === 0 ? 'tuningFoldA' : 'tuningFoldB';
}
const scores = { tuning: emptyScore(), ...(folds ? { tuningFoldA: emptyScore(), tuningFoldB: emptyScore() } : {}), heldOut: emptyScore() };
/** Per-file scores and the totals they add to, summed once every file is read. */
const pending = [];
/** Adds one file's score to a total. */
function addScore(into, from) {
  for (const field of ['docs', 'expected', 'found', 'proposed', 'correct', 'elsewhere', 'fundExp', 'fundFound']) into[field] += from[field];
  for (const field of ['dated', 'sameYear', 'none']) into.since[field] += from.since[field];
  into.missed.push(...from.missed);
  into.extra.push(...from.extra);
  for (const kind of FACT_KINDS) {
    for (const field of ['expected', 'found', 'proposed', 'correct', 'elsewhere']) into.facts[kind][field] += from.facts[kind][field];
    into.facts[kind].details.push(...from.facts[kind].details);
  }
}
const files = fs
  .readdirSync(TEXTS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const file of files) {
  const id = file.replace(/\.txt$/, '');
  const actors = s.actors.filter((a) => a.cite.some((c) => passageSource.get(c) === id));
  if (actors.length === 0) continue;
  const score = emptyScore();
  const half = halfOf(file);
  for (const into of [scores[half], ...(folds && half === 'tuning' ? [scores[foldOf(file)]] : [])]) pending.push([into, score]);
  score.docs++;
  let doc;
  try {
    // The source's date, as an ingestion run is given it: ties stated in the present hold from it.
    const published = s.sources.find((src) => src.id === id)?.published ?? undefined;
    doc = prepareDocument({ text: fs.readFileSync(path.join(TEXTS, file), 'utf8'), published });
  } catch {
    continue;
  }
  const result = proposeFacts({ document: doc, names });
  const keys = new Set(actors.flatMap((a) => [a.name, ...a.aliases].map(nameKey)));
  const props = result.proposals.filter((p) => p.kind === 'ACTOR');
  score.proposed += props.length;
  for (const p of props) {
    if (keys.has(nameKey(p.name))) score.correct++;
    else {
      score.extra.push(p.name);
      if (corpusActorKeys.has(nameKey(p.name))) score.elsewhere++;
    }
  }
  const propKeys = new Set(props.map((p) => nameKey(p.name)));
  for (const a of actors) {
    score.expected++;
    if ([a.name, ...a.aliases].some((n) => propKeys.has(nameKey(n)))) score.found++;
    else score.missed.push(`${a.name} (${a.kind})`);
  }
  const fundings = s.fundings.filter((f) => f.amountEur && f.cite.some((c) => passageSource.get(c) === id));
  const amounts = new Set(result.proposals.filter((p) => p.kind === 'FUNDING').map((p) => p.amountEur));
  for (const f of fundings) {
    score.fundExp++;
    if (amounts.has(f.amountEur)) score.fundFound++;
  }
  // The scorer matches ties by kind and ends only; their dates are compared here, by year, where the corpus dates the tie.
  for (const p of result.proposals.filter((x) => x.kind === 'TIE')) {
    const curated = s.ties.find(
      (t) =>
        t.since &&
        t.type === p.tieKind &&
        t.from === idOf(p.from) &&
        t.to === idOf(p.to) &&
        t.cite.some((c) => passageSource.get(c) === id),
    );
    if (!curated) continue;
    score.since.dated++;
    if (p.since && p.since.slice(0, 4) === String(curated.since).slice(0, 4)) score.since.sameYear++;
    else if (!p.since) score.since.none++;
  }
  const kinds = Object.fromEntries(scoreProposals({ seeds: s, sourceIds: [id], proposals: result.proposals }).map((k) => [k.kind, k]));
  const docFundings = s.fundings.filter((f) => f.cite.some((c) => passageSource.get(c) === id));
  const byKind = {
    FUNDING: scoreFundings(result.proposals, docFundings, id),
    ...Object.fromEntries(
      ['FIGURE', 'TIE', 'LOCATION'].map((k) => [
        k,
        {
          ...kinds[k],
          elsewhere: kinds[k].wrong.filter((w) => corpusKeys[k]?.has(w)).length,
          details: [
            ...kinds[k].missed.map((m) => `${id} missed ${m}`),
            ...kinds[k].wrong.map((w) => `${id} wrong ${w}${corpusKeys[k]?.has(w) ? ' (a corpus fact of another document)' : ''}`),
          ],
        },
      ]),
    ),
  };
  for (const kind of FACT_KINDS) {
    const total = score.facts[kind];
    for (const field of ['expected', 'found', 'proposed', 'correct', 'elsewhere']) total[field] += byKind[kind][field] ?? 0;
    total.details.push(...byKind[kind].details);
  }
}
for (const [into, from] of pending) addScore(into, from);
const ratio = (a, b) => (b ? +(a / b).toFixed(2) : 1);
for (const [half, score] of Object.entries(scores)) {
  console.log(
    JSON.stringify({
      half,
      docs: score.docs,
      actorRecall: +(score.found / score.expected).toFixed(2),
      expected: score.expected,
      found: score.found,
      proposed: score.proposed,
      precisionVsCorpusActors: +(score.correct / score.proposed).toFixed(2),
      // Actors the corpus records from other documents are true organisations, not among this document's facts.
      precisionWithCorpusActorsOfOtherDocuments: +((score.correct + score.elsewhere) / score.proposed).toFixed(2),
      fundingAmountRecall: +(score.fundFound / score.fundExp).toFixed(2),
      fundExp: score.fundExp,
      fundFound: score.fundFound,
    }),
  );
  for (const kind of FACT_KINDS) {
    const f = score.facts[kind];
    console.log(
      `  ${half} ${kind}: recall ${f.found}/${f.expected} = ${ratio(f.found, f.expected)}, precision ${f.correct}/${f.proposed} = ${ratio(f.correct, f.proposed)}` +
        (corpusKeys[kind]
          ? `, with corpus facts of other documents ${f.correct + f.elsewhere}/${f.proposed} = ${ratio(f.correct + f.elsewhere, f.proposed)}`
          : ''),
    );
  }
}
for (const [half, score] of Object.entries(scores))
  console.log(
    `  ${half} TIE since: ${score.since.dated} proposed ties the corpus dates, ${score.since.sameYear} with the same year, ${score.since.none} undated`,
  );
// Only the tuning half's misses are ever shown: the held-out half is measured, not read.
const tuning = scores.tuning;
const count = verbose ? Infinity : 25;
console.log('tuning missed sample:', tuning.missed.slice(0, count).join('; '));
console.log('tuning extra sample:', tuning.extra.slice(0, verbose ? Infinity : 40).join('; '));
if (detailKind) for (const line of tuning.facts[detailKind]?.details ?? []) console.log(`tuning ${detailKind}: ${line}`);

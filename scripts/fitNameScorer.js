#!/usr/bin/env node
/**
 * Fits the name scorer of ingestion (`npm run fit-names -- DIR`, which builds first): DIR holds one `<source-id>.txt`
 * per summarised corpus document (as for scripts/corpusIngestEval.js). Each candidate name the pipeline reads in a
 * text of the TUNING half is labelled by whether the corpus records that name (or an alias) as an actor of that
 * document; an L2-regularised logistic regression is fitted on those labels over the candidates' generic features
 * (features seen in fewer than --min-docs tuning documents are dropped), and the threshold that maximises F1 on the
 * out-of-fold scores of a five-fold cross-validation of the tuning half is chosen. Writes src/services/ingestion/proposals/nameScorerWeights.ts (feature names and weights
 * only: no text of any document). Prints the ceiling (recall of the candidates alone) on both halves and the tuning
 * half's fit; the held-out half is only ever counted, never listed. Deterministic: same files in, same weights out.
 * `--folds` also fits on each fold of the tuning half (the second hex digit of the same hash, as `corpusIngestEval.js
 * --folds`) and scores the other fold, beside the whole half's fit scored in-sample on that fold: the gap says how much
 * the fit learns its own texts. `--families a,b` keeps only the features of those families (the part before ":",
 * "bias" always kept), to compare fewer, general features with the full set.
 * Usage: node scripts/fitNameScorer.js DIR [--l2 1] [--min-docs 3] [--threshold T] [--folds] [--families F,G] [--no-write]
 */
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');

const root = path.join(__dirname, '..');
const TEXTS = process.argv[2];
if (!TEXTS || TEXTS.startsWith('--')) {
  console.error('usage: node scripts/fitNameScorer.js DIR [--l2 1] [--min-docs 3] [--threshold T] [--no-write]');
  process.exit(2);
}
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const l2 = option('l2', 1);
const minDocs = option('min-docs', 3);
const fixedThreshold = option('threshold', undefined);
const familiesAt = process.argv.indexOf('--families');
/** The feature families kept (all when not given): a feature's family is its name before ":". */
const families = familiesAt >= 0 ? new Set(['bias', ...process.argv[familiesAt + 1].split(',')]) : undefined;
const keptFeature = (feature) => !families || families.has(feature.split(':')[0]);
const round = (x) => Math.round(x * 1000) / 1000;
const { readSeedDirectory } = require(path.join(root, 'dist/services/seeding/readSeeds'));
const { prepareDocument } = require(path.join(root, 'dist/services/ingestion/pipeline'));
const { actorCandidatesOfText } = require(path.join(root, 'dist/services/ingestion/proposals/propose'));
const { NO_GRAPH_NAMES, nameKey } = require(path.join(root, 'dist/services/ingestion/linking/names'));

const seeds = readSeedDirectory(path.join(root, 'seeds'));
const names = {
  ...NO_GRAPH_NAMES,
  places: seeds.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, code: p.code ?? null, aliases: p.aliases })),
  domains: seeds.domains.map((d) => ({ id: d.id, name: d.name, aliases: d.aliases })),
};
const passageSource = new Map(seeds.sources.flatMap((src) => Object.keys(src.passages).map((p) => [p, src.id])));
/** The same split as scripts/corpusIngestEval.js: first hex digit of the sha256 of the file name, even = tuning. */
const halfOf = (file) => (parseInt(createHash('sha256').update(file).digest('hex')[0], 16) % 2 === 0 ? 'tuning' : 'heldOut');
/** The tuning half's fold, as `corpusIngestEval.js --folds` splits it: the second hex digit of the same hash, even = A. */
const foldOf = (file) => (parseInt(createHash('sha256').update(file).digest('hex')[1], 16) % 2 === 0 ? 'A' : 'B');

/** Per document: its expected actors (each a set of name keys) and its candidates (features, label, which actors they name). */
const documents = { tuning: [], heldOut: [] };
for (const file of fs
  .readdirSync(TEXTS)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const id = file.replace(/\.txt$/, '');
  const actors = seeds.actors.filter((a) => a.cite.some((c) => passageSource.get(c) === id));
  if (actors.length === 0) continue;
  let document;
  try {
    document = prepareDocument({ text: fs.readFileSync(path.join(TEXTS, file), 'utf8') });
  } catch {
    continue;
  }
  const expected = actors.map((a) => new Set([a.name, ...a.aliases].map(nameKey)));
  const candidates = actorCandidatesOfText({ text: document.text, language: document.language, names }).map((c) => {
    const key = nameKey(c.name);
    const names = expected.flatMap((keys, i) => (keys.has(key) ? [i] : []));
    return { features: c.features.filter(keptFeature), label: names.length > 0 ? 1 : 0, names };
  });
  documents[halfOf(file)].push({ expected: expected.length, candidates, fold: foldOf(file) });
  // Only the tuning half's misses are ever shown: the held-out half is measured, not read.
  if (process.argv.includes('--misses') && halfOf(file) === 'tuning')
    for (const [i, a] of actors.entries())
      if (!candidates.some((c) => c.names.includes(i))) console.log(`tuning ceiling miss: ${a.name} (${a.kind})`);
}

/** Recall (expected actors named by a kept candidate) and precision (kept candidates that are actors) at a threshold. */
function measure(docs, scoreOf, threshold) {
  let expected = 0;
  let found = 0;
  let kept = 0;
  let right = 0;
  for (const doc of docs) {
    expected += doc.expected;
    const named = new Set();
    for (const c of doc.candidates) {
      if (scoreOf(c) < threshold) continue;
      kept++;
      right += c.label;
      for (const i of c.names) named.add(i);
    }
    found += named.size;
  }
  const recall = found / expected;
  const precision = kept ? right / kept : 1;
  return { expected, found, kept, right, recall, precision, f1: (2 * recall * precision) / (recall + precision || 1) };
}
for (const half of ['tuning', 'heldOut']) {
  const ceiling = measure(documents[half], () => 1, 0);
  console.log(
    `ceiling ${half}: ${documents[half].length} documents, candidates name ${ceiling.found} / ${ceiling.expected} actors = ${round(ceiling.recall)} (precision of all ${ceiling.kept} candidates ${round(ceiling.precision)})`,
  );
}

/** The features of candidates in at least minDocs of the documents (no rare, document-specific context), sorted. */
function vocabularyOf(docs) {
  const docFrequency = new Map();
  for (const doc of docs)
    for (const feature of new Set(doc.candidates.flatMap((c) => c.features)))
      docFrequency.set(feature, (docFrequency.get(feature) ?? 0) + 1);
  return [...docFrequency.entries()]
    .filter(([, n]) => n >= minDocs)
    .map(([f]) => f)
    .sort();
}

/** L2-regularised logistic regression by full-batch gradient descent with a fixed schedule (no bias penalty); weights by feature. */
function fitWeights(docs) {
  const vocabulary = vocabularyOf(docs);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const examples = docs
    .flatMap((d) => d.candidates)
    .map((c) => ({ x: c.features.filter((f) => index.has(f)).map((f) => index.get(f)), y: c.label }));
  const w = new Float64Array(vocabulary.length);
  const bias = index.get('bias');
  const rate = 0.5;
  for (let epoch = 0; epoch < 2000; epoch++) {
    const gradient = new Float64Array(w.length);
    for (const { x, y } of examples) {
      let sum = 0;
      for (const i of x) sum += w[i];
      const error = 1 / (1 + Math.exp(-sum)) - y;
      for (const i of x) gradient[i] += error;
    }
    for (let i = 0; i < w.length; i++) w[i] -= (rate * (gradient[i] + (i === bias ? 0 : l2 * w[i]))) / examples.length;
  }
  return Object.fromEntries(vocabulary.map((f, i) => [f, round(w[i])]).filter(([, v]) => v !== 0));
}
const scorer = (weights) => (c) => 1 / (1 + Math.exp(-c.features.reduce((sum, f) => sum + (weights[f] ?? 0), 0)));

/** The threshold that maximises F1 on the documents (or the one given). */
function bestThreshold(docs, scoreOf) {
  if (fixedThreshold !== undefined) return fixedThreshold;
  let best = { f1: -1 };
  for (let t = 0.05; t < 0.95; t += 0.01) {
    const m = measure(docs, scoreOf, t);
    if (m.f1 > best.f1) best = { ...m, t };
  }
  return round(best.t);
}

// Five-fold cross-validation by document inside the tuning half: what to expect on unseen documents.
const FOLDS = 5;
const cv = { expected: 0, found: 0, kept: 0, right: 0 };
for (let k = 0; k < FOLDS; k++) {
  const train = documents.tuning.filter((_, i) => i % FOLDS !== k);
  const test = documents.tuning.filter((_, i) => i % FOLDS === k);
  const scoreOf = scorer(fitWeights(train));
  const m = measure(test, scoreOf, bestThreshold(train, scoreOf));
  for (const field of Object.keys(cv)) cv[field] += m[field];
  for (const doc of test) for (const c of doc.candidates) c.outOfFold = scoreOf(c);
}
if (process.argv.includes('--curve'))
  for (const t of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const m = measure(documents.tuning, (c) => c.outOfFold, t);
    console.log(`  out-of-fold at ${t}: recall ${round(m.recall)}, precision ${round(m.precision)} (${m.kept} kept)`);
  }
console.log(
  `cross-validation (${FOLDS} folds of the tuning half): recall ${cv.found} / ${cv.expected} = ${round(cv.found / cv.expected)}, precision ${cv.right} / ${cv.kept} = ${round(cv.right / cv.kept)}`,
);
const weights = fitWeights(documents.tuning);
const scoreOf = scorer(weights);
/** A measure as one line: recall and precision with their counts. */
const line = (m) => `recall ${m.found} / ${m.expected} = ${round(m.recall)}, precision ${m.right} / ${m.kept} = ${round(m.precision)}`;
if (process.argv.includes('--folds')) {
  const wholeThreshold = bestThreshold(documents.tuning, (c) => c.outOfFold);
  for (const [train, test] of [
    ['A', 'B'],
    ['B', 'A'],
  ]) {
    const trainDocs = documents.tuning.filter((d) => d.fold === train);
    const testDocs = documents.tuning.filter((d) => d.fold === test);
    const foldWeights = fitWeights(trainDocs);
    const foldScore = scorer(foldWeights);
    const t = bestThreshold(trainDocs, foldScore);
    console.log(
      `fit on fold ${train} (${Object.keys(foldWeights).length} weights, threshold ${t}): fold ${train} ${line(measure(trainDocs, foldScore, t))}; fold ${test} ${line(measure(testDocs, foldScore, t))}; held-out ${line(measure(documents.heldOut, foldScore, t))}`,
    );
    console.log(`  the whole tuning half's fit, in-sample on fold ${test}: ${line(measure(testDocs, scoreOf, wholeThreshold))}`);
  }
}
// The threshold is chosen on the out-of-fold scores: in-sample scores are surer than unseen documents' will be.
const threshold = bestThreshold(documents.tuning, (c) => c.outOfFold);
const tuning = measure(documents.tuning, scoreOf, threshold);
console.log(
  `fitted on the tuning half: ${Object.keys(weights).length} weights, l2 ${l2}, min-docs ${minDocs}; threshold ${threshold}: tuning recall ${tuning.found} / ${tuning.expected} = ${round(tuning.recall)}, precision ${tuning.right} / ${tuning.kept} = ${round(tuning.precision)}`,
);
if (!process.argv.includes('--no-write')) {
  const file = path.join(root, 'src/services/ingestion/proposals/nameScorerWeights.ts');
  const body = Object.entries(weights)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([f, v]) => `    ${JSON.stringify(f)}: ${v},`)
    .join('\n');
  fs.writeFileSync(
    file,
    `// Written by \`npm run fit-names\` (scripts/fitNameScorer.js): do not edit by hand.
/** The fitted name scorer: one weight per generic feature, and the score from which a candidate is proposed. */
export interface NameScorerWeights {
  threshold: number;
  weights: Record<string, number>;
}

export const NAME_SCORER: NameScorerWeights = {
  threshold: ${threshold},
  weights: {
${body}
  },
};
`,
  );
  console.log(`wrote ${path.relative(root, file)}`);
}

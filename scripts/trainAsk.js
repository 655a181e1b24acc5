#!/usr/bin/env node
/**
 * Trains the intent classifier of `ask` (`npm run train-ask`, which builds first): reads the development table
 * (tests/ask/questions.yaml, never heldout.yaml), the shapes of seeds/vocabulary.yaml and the names of seeds/
 * (actors' names are masked as NAME; kinds, domains and places as KIND, DOMAIN, PLACE), prints a k-fold
 * cross-validation of the intent on the table, then fits on everything and writes src/services/ask/intentModel.json
 * (and its copy in dist/). Deterministic: same files in, same model out.
 * Usage: node scripts/trainAsk.js [--folds 5] [--alpha 0.1] [--threshold 0.2] [--sweep] [--no-write] [--mistakes]
 */
const { readFileSync, writeFileSync, readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { parse } = require('yaml');

const root = join(__dirname, '..');
const dist = (path) => require(join(root, 'dist', path));
const { loadVocabulary } = dist('domain/vocabulary.js');
const { Lexicon } = dist('services/ask/lexicon.js');
const { maskQuestion } = dist('services/ask/intent.js');
const { crossValidate, intentClasses, trainModel, questionTokens, trainingExamples } = dist('services/ask/intentTraining.js');
const { phraseKey } = dist('services/ask/text.js');

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const folds = option('folds', 5);
const alpha = option('alpha', 0.1);
const threshold = option('threshold', 0.2);

/** Every seed file of a kind (`actors.yaml`), in seeds/ and in each corpus folder. */
function seedRecords(file) {
  const dirs = [join(root, 'seeds'), ...readdirSync(join(root, 'seeds', 'corpus')).map((d) => join(root, 'seeds', 'corpus', d))];
  return dirs.flatMap((dir) => (existsSync(join(dir, file)) ? (parse(readFileSync(join(dir, file), 'utf8')) ?? []) : []));
}
const nodes = [
  ...seedRecords('domains.yaml').map((r) => ({ ...r, _labels: ['Entity', 'Domain'] })),
  ...seedRecords('places.yaml').map((r) => ({ ...r, _labels: ['Entity', 'Place'] })),
  ...seedRecords('programmes.yaml').map((r) => ({ ...r, _labels: ['Entity', 'Programme'] })),
];
const vocabulary = loadVocabulary();
const lexicon = new Lexicon(vocabulary, nodes);

// Actors' names and aliases (and the ids, spelled as words), longest first at each word.
const actorNames = new Set();
for (const actor of seedRecords('actors.yaml')) {
  for (const name of [actor.name, actor.nameEn, ...(actor.aliases ?? []), actor.id.replace(/-/g, ' ')])
    if (name) actorNames.add(phraseKey(name));
}
actorNames.delete('');
const names = (tokens, from, limit) => {
  for (let length = Math.min(8, limit - from); length >= 1; length--) {
    const key = tokens
      .slice(from, from + length)
      .map((t) => t.folded)
      .join(' ');
    // A name of one short word (`Etat`) counts, a function word alone (`la`) does not.
    if (actorNames.has(key) && !(length === 1 && lexicon.functionWord(key))) return length;
  }
  return 0;
};

const table = parse(readFileSync(join(root, 'tests', 'ask', 'questions.yaml'), 'utf8'));
const classes = intentClasses(vocabulary);
const examples = trainingExamples({ vocabulary, lexicon, names, table });
const remask = (question, known) =>
  maskQuestion({ tokens: questionTokens(question, vocabulary.questions.texted), lexicon, known }).map((w) => w.text);

const cv = crossValidate({ table: examples.table, shapes: examples.shapes, classes, alpha, threshold, folds, remask });
const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
console.log(
  `classes: ${classes.length}; table rows labelled: ${examples.table.length} (not labelled: ${examples.unlabelled.length}); shape spellings: ${examples.shapes.length}`,
);
console.log(`cross-validation (${folds}-fold, alpha ${alpha}): intent right ${cv.correct}/${cv.rows} = ${pct(cv.correct, cv.rows)}`);
console.log(
  `  right operation (ties included, one or two names alike): ${cv.sameOperation}/${cv.rows} = ${pct(cv.sameOperation, cv.rows)}`,
);
console.log(
  `  at confidence >= ${threshold}: ${cv.confident}/${cv.rows} rows kept (${pct(cv.confident, cv.rows)}), right ${cv.confidentCorrect}/${cv.confident} = ${pct(cv.confidentCorrect, cv.confident)}`,
);
if (process.argv.includes('--sweep')) {
  for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7]) {
    const kept = cv.guesses.filter((g) => g.confidence >= t);
    console.log(
      `  threshold ${t}: kept ${pct(kept.length, cv.rows)}, right among kept ${pct(kept.filter((g) => g.right).length, kept.length)}`,
    );
  }
}
if (process.argv.includes('--mistakes')) {
  for (const m of cv.mistakes) console.log(`  ${m.confidence.toFixed(2)} ${m.label} -> ${m.guess}: ${m.question}`);
}

const model = trainModel({ examples: [...examples.shapes, ...examples.table], classes, alpha, threshold });
model.trainedOn.tableRows = examples.table.length;
model.trainedOn.shapeExamples = examples.shapes.length;
console.log(`model: ${model.trainedOn.features} features, ${model.words.length} words, ${model.trainedOn.examples} examples`);
if (!process.argv.includes('--no-write')) {
  const text = `${JSON.stringify(model)}\n`;
  writeFileSync(join(root, 'src', 'services', 'ask', 'intentModel.json'), text);
  if (existsSync(join(root, 'dist', 'services', 'ask'))) writeFileSync(join(root, 'dist', 'services', 'ask', 'intentModel.json'), text);
  console.log(`wrote src/services/ask/intentModel.json (${text.length} bytes)`);
}

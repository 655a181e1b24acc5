#!/usr/bin/env node
/**
 * `node bench/ingest/run.js` (after `npm run build`): how long reading and proposing takes, on texts
 * of our own made from sentence templates (no third-party text): one 5,000-word document (first call,
 * which loads the geographic code, then warm), and a batch of 50 documents of ~600 words.
 * Prints a Markdown report and writes it to bench/results/ingest-<time>.md.
 */
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { cpus } = require('node:os');
const { prepareDocument, proposeFacts } = require('../../dist/services/ingestion/pipeline');
const { NO_GRAPH_NAMES } = require('../../dist/services/ingestion/linking/names');

const CITIES = ['toulousaine', 'montpelliéraine', 'nîmoise', 'albigeoise', 'perpignanaise', 'tarbaise'];
const PLACES = ['Castres', 'Mauguio', 'Labège', 'Nîmes', 'Rodez', 'Sète'];
const TEMPLATES = [
  (n) => `La start-up ${CITIES[n % 6]} Medi${n}lab lève ${(n % 9) + 1},5 millions d'euros auprès du fonds Sudinvest ${n} et de Bpifrance.`,
  (n) => `Fondée en ${2010 + (n % 14)} par l'Université de Nîmes et le groupe Pharma${n}, la société Genova${n} emploie ${20 + n} salariés à ${PLACES[n % 6]}.`,
  (n) => `La Région Occitanie accorde une subvention de ${100 + n} 000 euros à la PME Biosynth${n} pour son usine de ${PLACES[(n + 1) % 6]} (34).`,
  (n) => `Le programme « Santé Sud ${n} » est piloté depuis ${2015 + (n % 9)} par le cluster Biomeds${n}, qui réunit ${30 + n} entreprises et ${200 + n} chercheurs.`,
  (n) => `Marie Dupont${n}, présidente de la société Vitalyse${n}, annonce un partenariat avec le laboratoire allemand Kern${n} pour développer un test de diagnostic.`,
  (n) => `Le groupe Pharmalys${n} rachète la PME Ardevia${n}, incubée par l'incubateur Bizia, et prévoit la création de ${10 + (n % 40)} emplois d'ici 2028.`,
  (n) => `Avec le pôle Eurosanté et l'agence régionale Ad'Occ, la Métropole de Montpellier veut attirer de nouvelles entreprises de la santé numérique.`,
  (n) => `Les patients atteints de maladies rares bénéficieront de ces travaux, qui associent soignants, ingénieurs et chercheurs du territoire depuis ${2012 + (n % 10)}.`,
];

/** A document of about `words` words, paragraphs of four sentences. */
function documentOf(words, seed) {
  const sentences = [];
  let count = 0;
  for (let n = seed; count < words; n++) {
    const sentence = TEMPLATES[n % TEMPLATES.length](n);
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
  return { text: paragraphs.join('\n\n'), words: count };
}

function timed(work) {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

const run = (text) => proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES });
const big = documentOf(5000, 1);
const cold = timed(() => run(big.text));
const warm = [1, 2, 3].map(() => timed(() => run(big.text)).ms);
const batch = Array.from({ length: 50 }, (_, i) => documentOf(600, 100 + i * 37));
const batchRun = timed(() => batch.map((d) => run(d.text).proposals.length));
const proposals = batchRun.result.reduce((a, b) => a + b, 0);

const lines = [
  `# Ingestion benchmark, ${new Date().toISOString()}`,
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}. Texts of our own (sentence templates), no graph names.`,
  '',
  '| case | words | time | proposals |',
  '| --- | ---: | ---: | ---: |',
  `| one document, first call (loads the geographic code) | ${big.words} | ${cold.ms.toFixed(0)} ms | ${cold.result.proposals.length} |`,
  `| same document, warm (best of 3) | ${big.words} | ${Math.min(...warm).toFixed(0)} ms | ${cold.result.proposals.length} |`,
  `| batch of 50 documents | ${batch.reduce((a, d) => a + d.words, 0)} | ${batchRun.ms.toFixed(0)} ms (${(batchRun.ms / 50).toFixed(0)} ms each) | ${proposals} |`,
  '',
];
const report = lines.join('\n');
process.stdout.write(report);
const file = join(__dirname, '..', 'results', `ingest-${new Date().toISOString().replace(/:/g, '-').slice(0, 19)}.md`);
writeFileSync(file, report);
console.error(`Wrote ${file}`);

#!/usr/bin/env node
// Lists what the corpus folders define twice once their records are read together: actors sharing a name or alias
// (folded: accents, case and punctuation ignored), ties with the same type/from/to, fundings with the same funder,
// recipients, amount and date (or the same round dated at two precisions), and summarised pages (SUMMARY sources) with the same address.
// Usage: node scripts/corpusDuplicates.js [seed folder, default seeds]. Exits 1 when anything is listed.
const { existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

/** readSeedDirectory from this checkout's build, else from the main checkout's. */
function loadReader() {
  const candidates = [resolve(__dirname, '../dist/services/seeding/readSeeds.js'), '/work/main/dist/services/seeding/readSeeds.js'];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`no built readSeeds.js found (tried ${candidates.join(', ')}): run npm run build`);
  return require(found);
}

/** The key under which two spellings count as the same name: no accents, no case, letters and digits only. */
const fold = (text) =>
  String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** Groups `items` by `keyOf` and returns the groups holding more than one item. */
function repeated(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return [...groups].filter(([, group]) => group.length > 1);
}

/** Actors (of different ids) that share a folded name or alias. */
function sharedNames(actors) {
  const spellings = actors.flatMap((actor) =>
    [...new Set([actor.name, ...(actor.aliases ?? [])].map(fold))].map((key) => ({ key, actor })),
  );
  return repeated(spellings, (s) => s.key)
    .map(([key, group]) => [key, [...new Set(group.map((s) => s.actor.id))]])
    .filter(([, ids]) => ids.length > 1)
    .map(([key, ids]) => `actors ${ids.join(', ')} share the name or alias "${key}" (folded)`);
}

/** Ties with the same type, from and to. */
function repeatedTies(ties) {
  return repeated(ties, (t) => `${t.type} ${t.from} ${t.to}`).map(([key, group]) => `tie ${key} is given ${group.length} times`);
}

/**
 * Fundings with the same funder, recipients, amount and date (or period). The programme and the domains are part of
 * the key: two equal sums granted the same day to the same body for different domains are two commitments.
 */
function repeatedFundings(fundings) {
  const keyOf = (f) =>
    f.amountEur === undefined
      ? undefined
      : [
          f.funder,
          [...f.recipients].sort().join('+'),
          f.amountEur,
          f.date ?? f.period ?? '',
          f.programme ?? '',
          [...f.domains].sort().join('+'),
        ].join(' | ');
  return repeated(fundings, keyOf).map(([key, group]) => `fundings ${group.map((f) => f.id).join(', ')} repeat ${key}`);
}

/** Fundings from the same funder to the same recipients for the same amount, one dated more precisely (2021-04, 2021-04-12): one round written twice. */
function sameRoundTwoPrecisions(fundings) {
  const keyOf = (f) => (f.amountEur === undefined ? undefined : [f.funder, [...f.recipients].sort().join('+'), f.amountEur].join(' | '));
  const findings = [];
  for (const [key, group] of repeated(fundings, keyOf)) {
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        if (a.date && b.date && a.date !== b.date && (a.date.startsWith(b.date) || b.date.startsWith(a.date))) {
          findings.push(`fundings ${a.id} (${a.date}) and ${b.id} (${b.date}) look like one round: ${key}`);
        }
      }
    }
  }
  return findings;
}

/** SUMMARY sources (one record per summarised page) with the same address. */
function repeatedPages(sources) {
  const address = (url) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  return repeated(
    sources.filter((s) => s.kind === 'SUMMARY' && s.url),
    (s) => address(s.url),
  ).map(([url, group]) => `sources ${group.map((s) => s.id).join(', ')} summarise the same page ${url}`);
}

function main() {
  const folder = resolve(process.argv[2] ?? 'seeds');
  const { readSeedDirectory, formatProblem } = loadReader();
  let seeds;
  try {
    seeds = readSeedDirectory(folder);
  } catch (error) {
    // The reader itself refuses repeated ids and ties: show its problems, they are duplicates too.
    if (!error.problems) throw error;
    console.log(error.problems.map(formatProblem).join('\n'));
    return 1;
  }
  const findings = [
    ...sharedNames(seeds.actors),
    ...repeatedTies(seeds.ties),
    ...repeatedFundings(seeds.fundings),
    ...sameRoundTwoPrecisions(seeds.fundings),
    ...repeatedPages(seeds.sources),
  ];
  for (const finding of findings) console.log(finding);
  console.log(
    `${findings.length} duplicate(s) in ${join(folder)}: ${seeds.actors.length} actors, ${seeds.ties.length} ties, ${seeds.fundings.length} fundings, ${seeds.sources.length} sources checked`,
  );
  return findings.length > 0 ? 1 : 0;
}

process.exitCode = main();

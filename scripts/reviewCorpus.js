/**
 * The corpus's review ledger: `node scripts/reviewCorpus.js DIR [--pending]` (after `npm run build`), where DIR holds one
 * text file per SUMMARY source, named by its id (the readers' excerpts: third-party text, never stored in the repository).
 *
 * For each summarised document it runs the ingestion pipeline (prepareDocument + proposeFacts) with the graph's names as
 * the seeds give them WITHOUT the actors only this document brings (so the document's own actors are proposed, as they
 * were when it was first read), reconciles every proposal with the committed facts, applies the curator's decisions of
 * seeds/corpus/review/decisions.yaml, and writes seeds/corpus/review/<folder>.yaml: per document, each proposal's kind,
 * key fields (names, ids, amounts, dates; never a sentence), decision and reason, and the committed facts the pipeline
 * did not propose (missed). Decisions:
 *   MATCHED  the same fact is committed (citing this document, or `citedBy` another one)
 *   ACCEPTED the fact was added to the seeds after reviewing this proposal (decisions.yaml)
 *   REJECTED with a reason: by a rule that compares with the committed facts (by: rule) or by the curator (decisions.yaml)
 *   NEW      not reviewed yet
 * `--pending` prints the NEW proposals with their sentence (to the terminal only) for review.
 */
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const YAML = require('yaml');

const args = process.argv.slice(2);
const TEXTS = args.find((a) => !a.startsWith('--'));
if (!TEXTS) {
  console.error('usage: node scripts/reviewCorpus.js DIR [--pending] (one <source-id>.txt per summarised document)');
  process.exit(2);
}
const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const { readSeedDirectory } = require(path.join(DIST, 'services/seeding/readSeeds'));
const { factsBySource, factKey, REVIEW_FOLDER, DECISIONS_FILE } = require(path.join(DIST, 'services/seeding/corpusReview'));
const { prepareDocument, proposeFacts } = require(path.join(DIST, 'services/ingestion/pipeline'));
const { nameKey } = require(path.join(DIST, 'services/ingestion/linking/names'));

const SEEDS = path.join(ROOT, 'seeds');
const seeds = readSeedDirectory(SEEDS);
const REVIEW_DIR = path.join(SEEDS, REVIEW_FOLDER);

/** The rules' version: a hash of the built ingestion code, so a ledger says which rules it reviewed. */
function pipelineVersion() {
  const dir = path.join(DIST, 'services/ingestion');
  const files = fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  return `ingestion-rules sha256:${hash.digest('hex').slice(0, 12)}`;
}

// --- The seeds, indexed ---------------------------------------------------------------------------------------
const facts = factsBySource(seeds);
const sourceOfPassage = new Map(seeds.sources.flatMap((s) => Object.keys(s.passages ?? {}).map((p) => [p, s.id])));
const sourcesOf = (cite) => new Set(cite.map((p) => sourceOfPassage.get(p)));
const actorById = new Map(seeds.actors.map((a) => [a.id, a]));
const placeById = new Map(seeds.places.map((p) => [p.id, p]));
const idsByKey = new Map();
for (const thing of [...seeds.actors, ...seeds.programmes])
  for (const n of [thing.name, ...(thing.aliases ?? [])]) {
    const key = nameKey(n);
    if (!idsByKey.has(key)) idsByKey.set(key, new Set());
    idsByKey.get(key).add(thing.id);
  }
const firstPlace = new Map();
for (const t of seeds.ties) if (t.type === 'LOCATED_IN' && !firstPlace.has(t.from)) firstPlace.set(t.from, t.to);
const tiesFrom = new Map();
for (const t of seeds.ties) {
  if (!tiesFrom.has(t.from)) tiesFrom.set(t.from, []);
  tiesFrom.get(t.from).push(t);
}
/** The places a place lies within, itself first. */
function placeChain(id) {
  const chain = [];
  for (let p = placeById.get(id); p && !chain.includes(p.id); p = placeById.get(p.within)) chain.push(p.id);
  return chain;
}
/** Every committed figure and funding, whatever document it cites. */
const allFigures = [...seeds.actors, ...seeds.programmes].flatMap((a) =>
  a.figures.map((x) => ({ subject: a.id, metric: x.metric, value: x.value, key: factKey.figure(a.id, x) })),
);
/** Every fact key, with the first source citing it. */
const firstSourceOf = new Map();
for (const [source, keys] of facts) for (const k of keys) if (!firstSourceOf.has(k)) firstSourceOf.set(k, source);

/** The folder of each summarised source (seeds/corpus/<folder>/sources.yaml), in file order. */
function sourceFolders() {
  const corpus = path.join(SEEDS, 'corpus');
  const out = [];
  for (const folder of fs.readdirSync(corpus).sort()) {
    const file = path.join(corpus, folder, 'sources.yaml');
    if (!fs.existsSync(file)) continue;
    for (const s of YAML.parse(fs.readFileSync(file, 'utf8')) ?? []) if (s.kind === 'SUMMARY') out.push({ folder, id: s.id });
  }
  return out;
}

const decisionsFile = path.join(REVIEW_DIR, DECISIONS_FILE);
const curated = new Map(
  (fs.existsSync(decisionsFile) ? (YAML.parse(fs.readFileSync(decisionsFile, 'utf8')) ?? []) : []).map((d) => [
    `${d.source}|${d.proposal}`,
    d,
  ]),
);
const usedDecisions = new Set();

// --- One document ------------------------------------------------------------------------------------------------
function graphNamesWithout(sourceId) {
  return {
    // the actors some other document (or the hand-written seeds) brings: the graph as it was before this document
    actors: seeds.actors
      .filter((a) => [...sourcesOf(a.cite)].some((s) => s !== sourceId))
      .map((a) => ({ id: a.id, name: a.name, aliases: a.aliases, kind: a.kind, place: firstPlace.get(a.id) ?? null })),
    places: seeds.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, code: p.code ?? null, aliases: p.aliases })),
    programmes: seeds.programmes.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases, kind: p.kind })),
    domains: seeds.domains.map((d) => ({ id: d.id, name: d.name, aliases: d.aliases })),
  };
}

/** The graph id of a named thing: the link the pipeline made, else the one actor or programme of that name. */
function resolve(ref) {
  if (ref.id) return ref.id;
  const ids = idsByKey.get(nameKey(ref.name));
  return ids && ids.size === 1 ? [...ids][0] : null;
}
/** A reference in the ledger: `field: id` when known, else `fieldName: "as written"`. */
function ref(field, r) {
  const id = resolve(r);
  return id ? { [field]: id } : { [`${field}Name`]: r.name };
}

/** The proposal's key fields (no sentence) and its signature, the words decisions.yaml names it by. */
function describe(p) {
  switch (p.kind) {
    case 'ACTOR':
      return { fields: { name: p.name, actorKind: p.actorKind, ...(p.place ? ref('place', p.place) : {}) }, signature: `ACTOR ${p.name}` };
    case 'LOCATION': {
      const f = { ...ref('actor', p.actor), ...(p.place.id ? { place: p.place.id } : { placeName: p.place.name }) };
      return { fields: f, signature: `LOCATION ${f.actor ?? f.actorName} @ ${f.place ?? f.placeName}` };
    }
    case 'ALIAS': {
      const f = { ...ref('actor', p.actor), alias: p.alias };
      return { fields: f, signature: `ALIAS ${f.actor ?? f.actorName} = ${p.alias}` };
    }
    case 'TIE': {
      const f = { tieKind: p.tieKind, ...ref('from', p.from), ...ref('to', p.to), ...(p.since ? { since: p.since } : {}) };
      return { fields: f, signature: `TIE ${p.tieKind} ${f.from ?? f.fromName} -> ${f.to ?? f.toName}` };
    }
    case 'FUNDING': {
      const recipients = p.recipients.map((r) => [resolve(r), r.name]);
      const f = {
        ...ref('funder', p.funder),
        ...(recipients.every(([id]) => id)
          ? { recipients: recipients.map(([id]) => id) }
          : { recipientNames: recipients.map(([, n]) => n) }),
        amountEur: p.amountEur,
        ...(p.instrument ? { instrument: p.instrument } : {}),
        ...(p.date ? { date: p.date } : {}),
        ...(p.period ? { period: p.period } : {}),
      };
      const to = recipients.map(([id, n]) => id ?? n).join(', ');
      return { fields: f, signature: `FUNDING ${f.funder ?? f.funderName} -> ${to} ${p.amountEur ?? 'no amount'}` };
    }
    case 'FIGURE': {
      const f = {
        ...ref('subject', p.subject),
        metric: p.metric,
        value: p.value,
        qualifier: p.qualifier,
        ...(p.date ? { date: p.date } : {}),
      };
      return { fields: f, signature: `FIGURE ${f.subject ?? f.subjectName} ${p.metric} ${p.value}` };
    }
  }
  throw new Error(`unknown proposal kind ${p.kind}`);
}

const matched = (fact, own) =>
  own.has(fact) ? { decision: 'MATCHED', fact } : { decision: 'MATCHED', fact, citedBy: firstSourceOf.get(fact) };
const ruled = (reason) => ({ decision: 'REJECTED', reason, by: 'rule' });
const knownFact = (fact) => firstSourceOf.has(fact);

/** What the committed facts say of a proposal: a match, a rejection by a rule that compares with them, or nothing (NEW). */
function reconcile(p, f, own, ownFundings, ownFigures, rejectedNames) {
  const endRejected = (...names) => names.find((n) => n && rejectedNames.has(nameKey(n)));
  switch (p.kind) {
    case 'ACTOR': {
      const id = p.match && p.match !== 'new' ? p.match : resolve({ name: p.name });
      if (!id || !actorById.has(id)) return null;
      const m = matched(factKey.actor(id), own);
      return actorById.get(id).kind === p.actorKind ? m : { ...m, committedKind: actorById.get(id).kind };
    }
    case 'LOCATION': {
      if (!f.actor) return endRejected(f.actorName) ? ruled('NAME_REJECTED') : null;
      if (!f.place) return null;
      const fact = factKey.tie({ type: 'LOCATED_IN', from: f.actor, to: f.place });
      if (knownFact(fact)) return matched(fact, own);
      const located = (tiesFrom.get(f.actor) ?? []).filter((t) => t.type === 'LOCATED_IN');
      if (located.some((t) => placeChain(t.to).slice(1).includes(f.place))) return ruled('LESS_PRECISE_PLACE');
      return null;
    }
    case 'ALIAS': {
      if (!f.actor) return endRejected(f.actorName) ? ruled('NAME_REJECTED') : null;
      const a = actorById.get(f.actor);
      if (a && [a.name, ...a.aliases].some((n) => nameKey(n) === nameKey(p.alias))) return matched(factKey.actor(a.id), own);
      return null;
    }
    case 'TIE': {
      if (!f.from || !f.to) return endRejected(f.fromName, f.toName) ? ruled('NAME_REJECTED') : null;
      const fact = factKey.tie({ type: p.tieKind, from: f.from, to: f.to });
      if (knownFact(fact)) return matched(fact, own);
      const back = factKey.tie({ type: p.tieKind, from: f.to, to: f.from });
      if (knownFact(back)) return p.tieKind === 'PARTNERS_WITH' ? matched(back, own) : ruled('WRONG_DIRECTION');
      const between = seeds.ties.filter((t) => (t.from === f.from && t.to === f.to) || (t.from === f.to && t.to === f.from));
      if (between.length > 0) return ruled('WRONG_TIE_TYPE');
      if (f.from === f.to) return ruled('SELF_TIE');
      return null;
    }
    case 'FUNDING': {
      if (endRejected(f.funderName)) return ruled('NAME_REJECTED');
      if (p.amountEur === null) return ruled('NO_AMOUNT');
      const same = ownFundings.filter((x) => x.amountEur === p.amountEur);
      const byFunder = same.find((x) => f.funder && (x.funder === f.funder || (x.cofunders ?? []).includes(f.funder)));
      if (byFunder) return matched(factKey.funding(byFunder.id), own);
      if (same.length > 0) return ruled('WRONG_FUNDER');
      if (ownFigures.some((x) => x.value === p.amountEur)) return ruled('AMOUNT_IS_A_FIGURE');
      const elsewhere = seeds.fundings.find(
        (x) => x.amountEur === p.amountEur && (f.recipients ?? []).some((r) => x.recipients.includes(r)),
      );
      if (elsewhere) return matched(factKey.funding(elsewhere.id), own);
      return null;
    }
    case 'FIGURE': {
      const same = ownFigures.filter((x) => x.metric === p.metric && x.value === p.value);
      if (!f.subject) return endRejected(f.subjectName) ? ruled('NAME_REJECTED') : same.length > 0 ? ruled('WRONG_SUBJECT') : null;
      const exact = same.find((x) => x.subject === f.subject);
      if (exact) return matched(exact.key, own);
      if (same.length > 0) return ruled('WRONG_SUBJECT');
      const elsewhere = allFigures.find((x) => x.subject === f.subject && x.metric === p.metric && x.value === p.value);
      if (elsewhere) return matched(elsewhere.key, own);
      if (ownFigures.some((x) => x.subject === f.subject && x.value === p.value)) return ruled('WRONG_METRIC');
      if (ownFundings.some((x) => x.amountEur === p.value)) return ruled('AMOUNT_IS_A_FUNDING');
      return null;
    }
  }
  return null;
}

const ORDER = { ACTOR: 0, ALIAS: 1, LOCATION: 2, TIE: 3, FUNDING: 4, FIGURE: 5 };

function reviewSource(sourceId, pending) {
  const src = seeds.sources.find((s) => s.id === sourceId);
  const text = fs.readFileSync(path.join(TEXTS, `${sourceId}.txt`), 'utf8');
  const document = prepareDocument({ text, published: src.published, language: src.language });
  const { proposals } = proposeFacts({ document, names: graphNamesWithout(sourceId) });
  const own = facts.get(sourceId) ?? new Set();
  const ownFundings = seeds.fundings.filter((x) => [...sourcesOf(x.cite)].includes(sourceId));
  const ownFigures = [...seeds.actors, ...seeds.programmes].flatMap((a) =>
    a.figures
      .filter((x) => [...sourcesOf(x.cite)].includes(sourceId))
      .map((x) => ({ subject: a.id, metric: x.metric, value: x.value, key: factKey.figure(a.id, x) })),
  );
  const rejectedNames = new Set();
  const entries = new Map();
  for (const p of [...proposals].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.sentence.start - b.sentence.start)) {
    const { fields, signature } = describe(p);
    if (entries.has(signature)) {
      entries.get(signature).times++;
      continue;
    }
    let verdict = reconcile(p, fields, own, ownFundings, ownFigures, rejectedNames);
    const curator = curated.get(`${sourceId}|${signature}`);
    if (curator) {
      usedDecisions.add(`${sourceId}|${signature}`);
      if (curator.decision === 'ACCEPTED') {
        const fact = curator.fact ?? verdict?.fact;
        if (!fact || !own.has(fact))
          throw new Error(`${sourceId}: "${signature}" is ACCEPTED but its fact ${fact} does not cite this source`);
        verdict = { decision: 'ACCEPTED', fact };
      } else if (curator.decision === 'REJECTED' && verdict?.decision !== 'MATCHED') {
        verdict = { decision: 'REJECTED', reason: curator.reason };
      } else throw new Error(`${sourceId}: "${signature}": decision ${curator.decision} cannot apply (${verdict?.decision})`);
    }
    verdict ??= { decision: 'NEW' };
    if (p.kind === 'ACTOR' && verdict.decision === 'REJECTED') rejectedNames.add(nameKey(p.name));
    entries.set(signature, { kind: p.kind, ...fields, ...verdict, times: 1 });
    if (pending && verdict.decision === 'NEW')
      console.log(`${sourceId}\t${signature}\t| ${p.sentence.text.replace(/\s+/g, ' ').slice(0, 400)}`);
  }
  const reviewed = new Set([...entries.values()].filter((e) => e.decision === 'MATCHED' || e.decision === 'ACCEPTED').map((e) => e.fact));
  return {
    source: sourceId,
    proposals: [...entries.values()].map(({ times, ...e }) => (times > 1 ? { ...e, times } : e)),
    missed: [...own].filter((k) => !reviewed.has(k)).sort(),
  };
}

// --- All documents -----------------------------------------------------------------------------------------------
const pending = args.includes('--pending');
const version = pipelineVersion();
const byFolder = new Map();
const counts = {};
for (const { folder, id } of sourceFolders()) {
  if (!fs.existsSync(path.join(TEXTS, `${id}.txt`))) {
    console.error(`${id}: no excerpt in ${TEXTS}; its facts stay unreviewed`);
    continue;
  }
  const entry = reviewSource(id, pending);
  if (!byFolder.has(folder)) byFolder.set(folder, []);
  byFolder.get(folder).push(entry);
  for (const p of entry.proposals) {
    const k = `${p.decision}${p.reason ? ` ${p.reason}` : ''}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  counts.MISSED = (counts.MISSED ?? 0) + entry.missed.length;
}
for (const key of curated.keys()) if (!usedDecisions.has(key)) console.error(`decisions.yaml: "${key}" names no proposal of this run`);

fs.mkdirSync(REVIEW_DIR, { recursive: true });
for (const [folder, sources] of byFolder) {
  const header =
    `# Review of the ${folder} corpus by the ingestion pipeline: written by scripts/reviewCorpus.js, do not edit by hand\n` +
    '# (decide in decisions.yaml and run the script again). Facts only: names, ids, amounts, dates; no document text.\n';
  fs.writeFileSync(
    path.join(REVIEW_DIR, `${folder}.yaml`),
    header + YAML.stringify({ pipeline: version, sources }, { lineWidth: 0, flowCollectionPadding: true, collectionStyle: 'block' }),
  );
}
console.log(
  JSON.stringify(
    { pipeline: version, documents: [...byFolder.values()].flat().length, ...Object.fromEntries(Object.entries(counts).sort()) },
    null,
    1,
  ),
);

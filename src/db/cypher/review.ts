import { cypher } from './statement';

/** Statements of ingestion's storage and review: stored documents, their proposals and the curators' decisions on them. */

/** The fields of a Document node the API hands out (its text only when asked: it can be 500,000 characters). */
const DOCUMENT_FIELDS = `d{.id, .url, .title, .publisher, .published, .language, .length, .ingestedAt, .ingestedBy}`;

export const DOCUMENT_BY_ID = cypher('review.documentById', `MATCH (d:Document {id: $id}) RETURN ${DOCUMENT_FIELDS} AS document`);

export const DOCUMENT_TEXT = cypher('review.documentText', 'MATCH (d:Document {id: $id}) RETURN d.text AS text');

/**
 * Stores a document once: MERGE on its content hash, so two ingestions of the same text racing each
 * other store one document; `created` says whether this one did.
 */
export const MERGE_DOCUMENT = cypher(
  'ingestion.mergeDocument',
  `MERGE (d:Document {id: $document.id})
   ON CREATE SET d += $document, d.created = true
   WITH d, coalesce(d.created, false) AS created
   REMOVE d.created
   RETURN ${DOCUMENT_FIELDS} AS document, created`,
);

/**
 * Stores proposals of a document. MERGE on (document, proposal id) and properties set only on
 * creation: a proposal already stored keeps its status, so one rejected is never pending again.
 */
export const STORE_PROPOSALS = cypher(
  'ingestion.storeProposals',
  `MATCH (d:Document {id: $documentId})
   UNWIND $proposals AS proposal
   MERGE (p:Proposal {key: proposal.key})
   ON CREATE SET p += proposal, p.status = 'PENDING'
   MERGE (p)-[:PROPOSED_IN]->(d)
   RETURN count(p) AS stored`,
);

/** A page of documents, newest first (keyset on ingestedAt, id). */
export const LIST_DOCUMENTS = cypher(
  'ingestion.listDocuments',
  `MATCH (d:Document)
   WHERE $after IS NULL OR d.ingestedAt < $after.key OR (d.ingestedAt = $after.key AND d.id < $after.id)
   RETURN ${DOCUMENT_FIELDS} AS document
   ORDER BY d.ingestedAt DESC, d.id DESC LIMIT toInteger($limit)`,
);

const PROPOSAL_FIELDS = 'p{.*, key: null}';

/** A page of a document's proposals in reading order (keyset on sentence start, id), optionally of one status. */
export const LIST_PROPOSALS = cypher(
  'ingestion.listProposals',
  `MATCH (p:Proposal)-[:PROPOSED_IN]->(:Document {id: $documentId})
   WHERE ($status IS NULL OR p.status = $status)
     AND ($after IS NULL OR p.sentenceStart > toInteger($after.key) OR (p.sentenceStart = toInteger($after.key) AND p.id > $after.id))
   RETURN ${PROPOSAL_FIELDS} AS proposal
   ORDER BY p.sentenceStart, p.id LIMIT toInteger($limit)`,
);

/** How many proposals of each status a document has. */
export const PROPOSAL_COUNTS = cypher(
  'ingestion.proposalCounts',
  `MATCH (p:Proposal)-[:PROPOSED_IN]->(d:Document) WHERE d.id IN $documentIds
   RETURN d.id AS documentId, p.status AS status, count(p) AS count`,
);

/**
 * Takes the document's write lock for the rest of the transaction (a property set and removed), so two
 * reviews of one document run one after the other and a proposal cannot be decided twice.
 */
export const LOCK_DOCUMENT = cypher(
  'ingestion.lockDocument',
  `MATCH (d:Document {id: $id}) SET d.reviewLock = true REMOVE d.reviewLock RETURN d.text AS text, ${DOCUMENT_FIELDS} AS document`,
);

/** Proposals by id, in any document: the review says which belong elsewhere. */
export const PROPOSALS_BY_ID = cypher(
  'ingestion.proposalsById',
  `MATCH (p:Proposal)-[:PROPOSED_IN]->(d:Document) WHERE p.id IN $ids
   RETURN ${PROPOSAL_FIELDS} AS proposal, d.id AS documentId`,
);

/** The ids of actors already written by the document's accepted ACTOR proposals, by folded name. */
export const ACCEPTED_ACTORS = cypher(
  'ingestion.acceptedActors',
  `MATCH (p:Proposal {kind: 'ACTOR'})-[:PROPOSED_IN]->(:Document {id: $documentId})
   WHERE p.status IN ['ACCEPTED', 'EDITED'] AND p.writtenId IS NOT NULL
   RETURN p.nameKey AS nameKey, p.writtenId AS id`,
);

/** Actors by folded name (nameKey) or by id: how a new name of a proposal finds an actor written since. */
export const ACTORS_BY_NAME_KEY = cypher(
  'ingestion.actorsByNameKey',
  `MATCH (a:Actor) WHERE a.nameKey IN $keys OR a.id IN $ids
   RETURN a.id AS id, a.nameKey AS nameKey, a.aliases AS aliases, a.passageIds AS passageIds, a.retiredAt AS retiredAt`,
);

/** Records the decisions of a review on its proposals. */
export const DECIDE_PROPOSALS = cypher(
  'ingestion.decideProposals',
  `UNWIND $decisions AS decision
   MATCH (p:Proposal {key: decision.key})
   SET p += decision.props
   RETURN count(p) AS decided`,
);

/** Adds passages and aliases to existing actors a review confirms or names anew, keeping those they have. */
export const CITE_ACTORS = cypher(
  'ingestion.citeActors',
  `UNWIND $rows AS row
   MATCH (a:Actor {id: row.id})
   SET a.passageIds = coalesce(a.passageIds, []) + [p IN row.passageIds WHERE NOT p IN coalesce(a.passageIds, [])],
       a.aliases = coalesce(a.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce(a.aliases, [])]
   RETURN count(a) AS cited`,
);

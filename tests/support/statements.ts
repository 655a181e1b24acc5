import { buildASTSchema, concatAST, execute, type GraphQLResolveInfo, parse, validate } from 'graphql';
import { type Driver, isInt } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { type CypherQuery, Database, type Params } from '../../src/db/database';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { type AppDependencies, type Context, createContext } from '../../src/graphql/context';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { createApi } from '../../src/http/server';
import { createLogger } from '../../src/logger';

/**
 * Statement snapshots without a database (in the manner of neo4j/graphql's TCK): a GraphQL document
 * goes through the real API, and the statements it would send to Neo4j are recorded instead of run.
 */

/** A statement the API would send: its name, text and parameters. */
export interface SentStatement {
  name: string;
  text: string;
  params: Params;
}

/**
 * Parameters with today's date (the default `asOf`/`activeAt`, also inside a map such as `filter`) shown as
 * "(today)", and its bound (time.ts) as "(today)~", so snapshots hold on any day; Bolt integers shown as numbers.
 */
function withTodayNamed(params: Params): Params {
  const today = new Date().toISOString().slice(0, 10);
  const shown = (value: unknown): unknown => {
    if (value === today) return '(today)';
    if (value === `${today}~`) return '(today)~';
    if (isInt(value)) return value.toNumber();
    return value && typeof value === 'object' && !Array.isArray(value) ? withTodayNamed(value as Params) : value;
  };
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, shown(value)]));
}

/** A Database that records its reads and answers each with no rows; it never reaches a server. */
class RecordingDatabase extends Database {
  readonly sent: SentStatement[] = [];

  constructor() {
    super({} as Driver, { database: 'neo4j', timeoutMs: 1_000 });
  }

  override forRequest(): Database {
    return this;
  }

  override async read<T>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    this.sent.push({ name: query.name, text: query.text, params: withTodayNamed(params) });
    return [];
  }
}

const db = new RecordingDatabase();
const deps: AppDependencies = {
  db,
  config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
  vocabulary: loadVocabulary(),
  log: createLogger({ level: 'silent' }),
};
let api: ReturnType<typeof createApi> | undefined;

/** A request's context as the server builds it, over the recording database. */
export function recordingContext(): Context {
  return createContext(deps);
}

/** The statements the API sends to answer `document`, in order (as the server runs it: same schema, resolvers, validation). */
export async function statementsFor(document: string, variables: Record<string, unknown> = {}): Promise<SentStatement[]> {
  const { apollo } = await (api ??= createApi(deps));
  db.sent.length = 0;
  const response = await apollo.executeOperation({ query: document, variables }, { contextValue: recordingContext() });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  // The recording database holds no node, so checks that given ids exist refuse them; any other error is the document's.
  const errors = response.body.singleResult.errors?.filter((error) => !/there is no \w+ with id/.test(error.message));
  if (errors?.length) throw new Error(`the document failed: ${errors.map((error) => error.message).join('; ')}`);
  return [...db.sent];
}

/** The one statement of that name the API sends for `document`. */
export async function statementFor(
  name: string,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<Omit<SentStatement, 'name'>> {
  const sent = (await statementsFor(document, variables)).filter((statement) => statement.name === name);
  if (sent.length !== 1) throw new Error(`expected one ${name} statement, got ${sent.length}`);
  return { text: sent[0]!.text, params: sent[0]!.params };
}

const schema = buildASTSchema(concatAST(loadTypeDefs()));

/**
 * The resolve info graphql-js hands the resolver of the root field `field` for `document`, from an
 * execution against the real schema (validated first, as the server does) whose resolvers return null.
 */
export function resolveInfoOf(field: string, document: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  const parsed = parse(document);
  const invalid = validate(schema, parsed);
  if (invalid.length > 0) throw new Error(`invalid document: ${invalid.map((error) => error.message).join('; ')}`);
  let captured: GraphQLResolveInfo | undefined;
  void execute({
    schema,
    document: parsed,
    variableValues: variables,
    fieldResolver: (_source, _args, _context, info) => {
      if (info.path.prev === undefined && info.fieldName === field) captured = info;
      return null;
    },
  });
  if (!captured) throw new Error(`no field ${field} was resolved`);
  return captured;
}

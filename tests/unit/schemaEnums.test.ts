import { buildASTSchema, concatAST, GraphQLEnumType, type GraphQLField, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { SEARCH_FIELDS } from '../../src/db/lucene';
import {
  HUB_LIMIT,
  type IntRange,
  NEIGHBOURHOOD_DEPTH,
  NEIGHBOURHOOD_SIZE,
  PAGE_SIZE,
  PATH_HOPS,
  PATH_RESULTS,
  RANKED_RESULTS,
  TIED_TO_HOPS,
} from '../../src/domain/limits';
import {
  ACTOR_KINDS,
  FIGURE_METRICS,
  FUNDING_INSTRUMENTS,
  FUNDING_STATUSES,
  PLACE_KINDS,
  PROGRAMME_KINDS,
  PROGRAMME_ROLES,
  QUALIFIERS,
  REASON_KINDS,
  SEARCHABLE_LABELS,
  SEARCHABLE_TIE_TYPES,
  SOURCE_KINDS,
  TIMELINE_EVENT_KINDS,
} from '../../src/domain/model';
import { ASK_OPERATIONS, LANGS } from '../../src/domain/vocabulary';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { DOCUMENT_FORMATS } from '../../src/services/ingestion/pipeline';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../../src/services/ingestion/proposals/contract';
import { REVIEW_ACTIONS } from '../../src/services/ingestion/review';

/** The SDL (schema/*.graphql, as the server loads it) and the domain lists must say the same thing. */

const schema: GraphQLSchema = buildASTSchema(concatAST(loadTypeDefs()));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

function fieldOf(coordinate: string): GraphQLField<unknown, unknown> {
  const [typeName, fieldName] = coordinate.split('.') as [string, string];
  const type = schema.getType(typeName);
  const field = type instanceof GraphQLObjectType ? type.getFields()[fieldName] : undefined;
  if (!field) throw new Error(`${coordinate} is not a field of the schema`);
  return field;
}

function defaultOf(coordinate: string, argument: string): unknown {
  const arg = fieldOf(coordinate).args.find((a) => a.name === argument);
  if (!arg) throw new Error(`${coordinate} has no argument ${argument}`);
  return arg.defaultValue;
}

describe('every enum of the schema lists exactly the values of its domain list', () => {
  it.each<[string, readonly string[]]>([
    ['ActorKind', ACTOR_KINDS],
    ['TieKind', SEARCHABLE_TIE_TYPES],
    ['ProgrammeRole', PROGRAMME_ROLES],
    ['PlaceKind', PLACE_KINDS],
    ['ProgrammeKind', PROGRAMME_KINDS],
    ['SourceKind', SOURCE_KINDS],
    ['Qualifier', QUALIFIERS],
    ['FundingStatus', FUNDING_STATUSES],
    ['FundingInstrument', FUNDING_INSTRUMENTS],
    ['TimelineEventKind', TIMELINE_EVENT_KINDS],
    ['FigureMetric', FIGURE_METRICS],
    ['ReasonKind', REASON_KINDS],
    ['SearchableType', Object.keys(SEARCHABLE_LABELS)],
    ['SearchField', SEARCH_FIELDS.map((f) => f.field)],
    ['AskOperation', ASK_OPERATIONS],
    ['Lang', LANGS],
    ['ProposalKind', PROPOSAL_KINDS],
    ['ProposalStatus', PROPOSAL_STATUSES],
    ['ReviewAction', REVIEW_ACTIONS],
    ['DocumentFormat', DOCUMENT_FORMATS.map((format) => format.toUpperCase())],
  ])('%s', (name, domainList) => {
    expect([...enumValues(name)].sort()).toEqual([...domainList].sort());
  });
});

describe('argument defaults and bounds of the schema are the domain limits', () => {
  // [field, argument, its range, whether the field's description states the maximum]
  const ranged: [string, string, IntRange, boolean][] = [
    ['Query.search', 'first', RANKED_RESULTS, true],
    ['Query.ask', 'first', RANKED_RESULTS, true],
    ['Query.tiedTo', 'maxHops', TIED_TO_HOPS, true],
    ['Query.tiedTo', 'avoidHubsAbove', HUB_LIMIT, false],
    ['Query.tiedTo', 'first', RANKED_RESULTS, true],
    ['Query.paths', 'maxHops', PATH_HOPS, true],
    ['Query.paths', 'first', PATH_RESULTS, true],
    ['Query.neighbourhood', 'depth', NEIGHBOURHOOD_DEPTH, true],
    ['Query.neighbourhood', 'limit', NEIGHBOURHOOD_SIZE, true],
    ['Query.partnerSuggestions', 'avoidHubsAbove', HUB_LIMIT, false],
    ['Query.partnerSuggestions', 'first', RANKED_RESULTS, true],
  ];

  it.each(ranged)('%s(%s) defaults to the domain default', (field, argument, range) => {
    expect(defaultOf(field, argument)).toBe(range.default);
  });

  it.each(ranged.filter(([, , , stated]) => stated))('%s says %s is at most the domain maximum', (field, _argument, range) => {
    expect(fieldOf(field).description).toMatch(new RegExp(`(at most|up to|${range.min} to) ${range.max}\\b`));
  });

  it.each<[string, number]>([
    ['Query.actors', PAGE_SIZE.actors],
    ['Query.domains', PAGE_SIZE.lists],
    ['Query.places', PAGE_SIZE.lists],
    ['Query.programmes', PAGE_SIZE.lists],
    ['Query.changes', PAGE_SIZE.changes],
    ['Query.fundings', PAGE_SIZE.ties],
    ['Actor.partners', PAGE_SIZE.ties],
    ['Actor.programmes', PAGE_SIZE.ties],
    ['Programme.actors', PAGE_SIZE.ties],
    ['Domain.actors', PAGE_SIZE.ties],
    ['Place.actors', PAGE_SIZE.ties],
  ])('%s(first) defaults to the domain page size', (field, size) => {
    expect(defaultOf(field, 'first')).toBe(size);
  });
});

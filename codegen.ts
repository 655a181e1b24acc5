import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types generated from schema/*.graphql: `npm run codegen` (run by build and test). */
const rows = '../db/rows#';
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useIndexSignature: false,
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        mappers: {
          Actor: `${rows}ActorRow`,
          Programme: `${rows}ProgrammeRow`,
          Domain: `${rows}DomainRow`,
          Place: `${rows}PlaceRow`,
          Funding: `${rows}FundingRow`,
          Figure: `${rows}FigureRow`,
          Source: `${rows}SourceRow`,
          Citation: `${rows}PassageRow`,
          ActorTie: `${rows}ActorTieRow`,
          ProgrammeTie: `${rows}ProgrammeTieRow`,
          ProgrammeActorTie: `${rows}ActorTieRow`,
          DomainTie: `${rows}DomainTieRow`,
          ProgrammeLink: `${rows}ProgrammeTieRow`,
          Location: `${rows}LocationRow`,
          ActorConnection: `${rows}ActorPageRow`,
          ActorEdge: `${rows}ActorEdgeRow`,
          ProgrammeConnection: `${rows}ProgrammePageRow`,
          ProgrammeEdge: `${rows}ProgrammeEdgeRow`,
          DomainConnection: `${rows}DomainPageRow`,
          DomainEdge: `${rows}DomainEdgeRow`,
          PlaceConnection: `${rows}PlacePageRow`,
          PlaceEdge: `${rows}PlaceEdgeRow`,
          FundingTotal: `${rows}FundingTotalRow`,
          GraphNode: `${rows}EntityRow`,
        },
      },
    },
  },
};

export default config;

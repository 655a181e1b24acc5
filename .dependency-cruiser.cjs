/**
 * The layers of src/ and the one direction their imports may take (docs/ARCHITECTURE.md):
 *   main, cli -> http -> graphql -> services -> db -> domain
 * config and logger sit just above domain; localNeo4j beside db; synth over db and seeding.
 * `npm run lint` runs this check; an upward import fails it.
 */
const layer = (name) => `^src/${name}(/|\\.ts$)`;
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    forbid('domain-is-the-bottom', 'domain/ is the model every layer shares: it imports nothing else of src/', layer('domain'), '^src/(?!domain/)'),
    forbid('config-and-logger-low', 'config and logger are read by every layer: they import only domain/', '^src/(config|logger)\\.ts$', '^src/(?!domain/)'),
    forbid('db-below-services', 'db/ must not import the layers above it', layer('db'), layer('(services|graphql|http|synth|cli|main)')),
    forbid('local-neo4j-beside-db', 'localNeo4j/ provisions a server: it knows nothing of the layers above', layer('localNeo4j'), layer('(db|services|graphql|http|synth|cli|main)')),
    forbid('services-below-graphql', 'services/ hold use cases with no GraphQL: they must not import graphql/ or http/', layer('services'), layer('(graphql|http|cli|main)')),
    forbid('synth-below-graphql', 'synth/ generates and loads data: no GraphQL or HTTP', layer('synth'), layer('(graphql|http|cli|main)')),
    forbid('graphql-below-http', 'graphql/ must not import http/ or the entry points', layer('graphql'), layer('(http|cli|main)')),
    forbid('http-below-entry-points', 'http/ must not import the entry points', layer('http'), layer('(cli|main)')),
    forbid('resolvers-hold-no-cypher', 'resolvers call services; statements and the driver stay in db/', '^src/graphql/resolvers/', '^src/db/(cypher/|database\\.ts|driver\\.ts|connect\\.ts)'),
    forbid('generated-types-stay-in-graphql', 'the resolver types generated from the SDL are for graphql/ only', '^src/(?!graphql/)', '^src/graphql/generated\\.ts$'),
    { name: 'no-circular', comment: 'import cycles hide the direction of dependencies', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
  },
};

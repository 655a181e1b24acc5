/**
 * Contender (b): a GraphQL server built with the Neo4j GraphQL Library over type definitions
 * equivalent to the directory's for the benchmark's queries (same labels, properties and
 * relationship types), served by Apollo Server.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';

export const LIBRARY_TYPE_DEFS = /* GraphQL */ `
  type Actor
    @node
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "actorsByText", fields: ["name", "description"] }]) {
    id: ID!
    name: String!
    nameKey: String!
    kind: String!
    description: String
    retiredAt: String
    domains: [Domain!]! @relationship(type: "ACTIVE_IN", direction: OUT)
    locatedIn: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
    memberOf: [Actor!]! @relationship(type: "MEMBER_OF", direction: OUT)
    partners: [Actor!]! @relationship(type: "PARTNERS_WITH", direction: OUT, queryDirection: UNDIRECTED)
  }
  type Domain @node {
    id: ID!
    name: String!
    parent: [Domain!]! @relationship(type: "SUBDOMAIN_OF", direction: OUT)
  }
  type Place @node {
    id: ID!
    name: String!
    code: String
    within: [Place!]! @relationship(type: "WITHIN", direction: OUT)
  }
`;

export async function libraryApollo(driver: Driver): Promise<ApolloServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: LIBRARY_TYPE_DEFS, driver }).getSchema();
  return new ApolloServer({ schema });
}

/** Run as a process: PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD from the environment. */
async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!), {
    maxConnectionPoolSize: 64,
  });
  const server = await libraryApollo(driver);
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
  console.log(`ready ${url}`);
}

if (require.main === module) void main();

import { buildASTSchema, concatAST, isObjectType } from 'graphql';
import { ACTOR_TIE_FIELDS } from '../../src/db/ties';
import { buildResolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

/**
 * The look-ahead fetches, for each selected field, the property of its name unless the SDL's @reads
 * says otherwise: a field with a resolver of its own that said nothing would find its property missing.
 */

/** The types a projection reaches from actor(id): nodes at the ends of Actor's ties, and the tie types between. */
const PROJECTED_TYPES = ['Actor', 'Domain', 'Programme', 'Funding', 'Figure', 'ActorTie', 'ProgrammeTie', 'DomainTie'];

describe('what the fields of projected types read', () => {
  const schema = buildASTSchema(concatAST(loadTypeDefs()));
  const resolvers = buildResolvers() as Record<string, Record<string, unknown>>;

  it("is declared with @reads by every field with a resolver of its own (Actor's tie fields excepted)", () => {
    const undeclared: string[] = [];
    for (const typeName of PROJECTED_TYPES) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      for (const field of Object.values(type.getFields())) {
        const resolved = field.name in (resolvers[typeName] ?? {});
        const declared = field.astNode?.directives?.some((directive) => directive.name.value === 'reads');
        const tie = typeName === 'Actor' && field.name in ACTOR_TIE_FIELDS;
        if (resolved && !declared && !tie) undeclared.push(`${typeName}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});

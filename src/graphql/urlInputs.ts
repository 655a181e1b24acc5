import { buildASTSchema, coerceInputValue, concatAST, type GraphQLInputType, type GraphQLSchema, isInputType } from 'graphql';
import type { ActorFilterInput } from '../db/directory';
import { InvalidInputError } from '../domain/errors';
import { excerpt } from '../domain/excerpt';
import { checkActorFilter } from './arguments';
import type { ActorFilter } from './generated';
import { loadTypeDefs } from './typeDefs';

/**
 * GraphQL input values sent outside GraphQL, in a URL (the open-data downloads): coerced by the
 * schema's own input types, so a wrong enum value or an unknown field is refused with the message and
 * the BAD_USER_INPUT code a GraphQL variable would get, then checked as resolvers check them.
 */

let schema: GraphQLSchema | undefined;

function inputType(name: string): GraphQLInputType {
  schema ??= buildASTSchema(concatAST(loadTypeDefs()), { assumeValidSDL: true });
  const type = schema.getType(name);
  if (!type || !isInputType(type)) throw new Error(`The schema has no input type ${name}`);
  return type;
}

/** An ActorFilter given as JSON text in the URL parameter `parameter` (absent: no filter). */
export function actorFilterFromUrl(json: string | undefined, parameter: string): ActorFilterInput & { text?: string } {
  if (json === undefined || json.trim() === '') return checkActorFilter({});
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new InvalidInputError(
      `${parameter} must be an ActorFilter as JSON, such as {"kinds":["COMPANY"],"departmentCode":"34"} (got "${excerpt(json)}").`,
      parameter,
    );
  }
  const coerced = coerceInputValue(value, inputType('ActorFilter'), (path, invalid, error) => {
    const at = [parameter, ...path].map((part, n) => (typeof part === 'number' ? `[${part}]` : n > 0 ? `.${part}` : part)).join('');
    throw new InvalidInputError(
      `${parameter} got invalid value ${excerpt(JSON.stringify(invalid) ?? 'undefined')} at "${at}"; ${error.message}`,
      at,
    );
  }) as ActorFilter;
  return checkActorFilter(coerced);
}

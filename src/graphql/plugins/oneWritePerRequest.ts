import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import { InvalidInputError } from '../../domain/errors';
import { requestError } from '../errors';

/**
 * Each mutation field is one transaction, and graphql-js runs a request's mutation fields one after the
 * other: in `a: updateActor(...) b: retireActor(id: "nope")`, `a` commits before `b` fails, and the
 * response (data: null) hides it. So a request may carry one mutation field; one with more is refused
 * before anything runs. (The alternative, one transaction for the whole request committed after
 * execution, would hold a write transaction open across resolvers and fight each write's own retry and
 * idempotency handling.)
 */
export function oneWritePerRequestPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (operation?.operation !== 'mutation') return;
          const fragments = new Map(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const fields = mutationFields(operation, fragments);
          if (fields.length > 1) {
            throw requestError(
              new InvalidInputError(
                `A request may carry one mutation field, each one transaction; this one has ${fields.length} (${fields.join(', ')}). Send them as separate requests, so each is committed or refused on its own.`,
                undefined,
                { httpStatus: 400 },
              ),
            );
          }
        },
      };
    },
  };
}

/** Response keys of the top-level fields of a mutation (fragments followed; __typename is no write). */
export function mutationFields(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): string[] {
  const keys = new Set<string>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...keys];
}

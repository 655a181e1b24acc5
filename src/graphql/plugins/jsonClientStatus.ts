import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * GraphQL over HTTP: a client that accepts only `application/json` gets HTTP 200 for a well-formed
 * request whose document or variables are refused (parse, validation, variable coercion: Apollo's
 * 400), with the errors in the body, as the spec asks: such clients read a 4xx as a network failure
 * and never see the message. Clients that accept `application/graphql-response+json` (or anything)
 * keep the 400. Other statuses (401, 429, 503) are not the document's fault and stay.
 */
export function jsonClientStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      if (!acceptsOnlyJson(request.http?.headers.get('accept'))) return;
      return {
        async willSendResponse({ response }) {
          if (response.http.status === 400 && response.body.kind === 'single') response.http.status = 200;
        },
      };
    },
  };
}

/** True when the Accept header names application/json and no other type a GraphQL answer could be sent as. */
export function acceptsOnlyJson(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const types = accept.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  return types.includes('application/json') && !types.some((type) => type === 'application/graphql-response+json' || type.endsWith('/*'));
}

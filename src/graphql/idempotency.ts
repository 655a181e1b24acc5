import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from './context';
import { InvalidInputError } from '../domain/errors';
import type { MutationResolvers } from './generated';

/** The request header that makes a mutation safe to retry: a retry with the same key writes nothing twice. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** The client's idempotency key, if it sent one; BAD_USER_INPUT (HTTP 400) naming the header when it is not usable. */
export function idempotencyKeyFromHeader(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !/^[\x21-\x7e]{8,128}$/.test(header)) {
    throw new InvalidInputError(
      'The Idempotency-Key header must be 8 to 128 visible ASCII characters (a UUID is a good key), once per request.',
      'Idempotency-Key',
      {
        httpStatus: 400,
      },
    );
  }
  return header;
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

type Resolve = (parent: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) => unknown;

/**
 * Wraps mutation resolvers so that, when the request carries an Idempotency-Key, each mutation's
 * write transaction records its result under that key (scoped to the caller and the field's alias)
 * and a retry returns the recorded result instead of writing again. The same key with other
 * arguments is refused.
 */
export function idempotentMutations(mutations: MutationResolvers): MutationResolvers {
  const wrapped = Object.entries(mutations).map(([field, resolve]) => [
    field,
    ((parent, args, ctx, info) => {
      if (!ctx.idempotencyKey) return (resolve as Resolve)(parent, args, ctx, info);
      const claim = { key: digest([ctx.viewer?.name ?? null, ctx.idempotencyKey, info.path.key]), fingerprint: digest([field, args]) };
      const db = ctx.db.idempotent(claim);
      return (resolve as Resolve)(parent, args, { ...ctx, db, services: { ...ctx.services, db } }, info);
    }) satisfies Resolve,
  ]);
  return Object.fromEntries(wrapped) as MutationResolvers;
}

import { excerpt } from '../domain/excerpt';
import type { ActorFilterInput } from '../db/directory';
import type { NodeLoader } from '../db/loaders';
import { InvalidInputError } from '../domain/errors';
import type { ServiceContext } from './context';

/** Id checks shared by the services; each failure is an InvalidInputError naming the field at fault. */

/** Ids that must exist, checked with one batched look-up; names the first unknown one. */
export async function requireKnown<T>(args: {
  loader: Pick<NodeLoader<T>, 'loadMany'>;
  ids: readonly (string | null | undefined)[] | null | undefined;
  field: string;
  what: string;
}): Promise<void> {
  const ids = (args.ids ?? []).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return;
  const found = await args.loader.loadMany(ids);
  const missing = ids.find((_, i) => found[i] === null || found[i] instanceof Error);
  if (missing !== undefined) {
    throw new InvalidInputError(
      `${args.field}: there is no ${args.what} with id "${excerpt(missing)}". Ids are slugs such as those returned by the ${args.what} queries.`,
      args.field,
    );
  }
}

/** Every id of an actor filter must exist; names the first unknown one. */
export async function requireFilterIds(sc: ServiceContext, f: ActorFilterInput): Promise<void> {
  await Promise.all([
    requireKnown({ loader: sc.loaders.domain, ids: f.domains, field: 'filter.domains', what: 'domain' }),
    requireKnown({ loader: sc.loaders.place, ids: [f.place], field: 'filter.place', what: 'place' }),
    requireKnown({ loader: sc.loaders.programme, ids: [f.programme], field: 'filter.programme', what: 'programme' }),
    requireKnown({ loader: sc.loaders.actor, ids: [f.fundedBy], field: 'filter.fundedBy', what: 'actor' }),
  ]);
}

/**
 * Returns a read's rows, and checks the ids it was given only when it found nothing: an unknown id is
 * an error, an empty answer is not, and the common case costs one statement instead of two.
 */
export async function whenEmpty<T>(rows: T[], check: () => Promise<void>): Promise<T[]> {
  if (rows.length === 0) await check();
  return rows;
}

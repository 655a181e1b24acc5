import { ApiKeyOwner, Config, digestApiKey } from '../config';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors';

/**
 * The owner of the API key in an `Authorization: Bearer <key>` header. No header: anonymous (reads
 * only). A header with an unknown key is refused outright, so a mistyped key never silently reads as anonymous.
 */
export function viewerOf(config: Config, authorization: string | undefined): ApiKeyOwner | undefined {
  if (authorization === undefined || authorization === '') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const owner = match ? config.apiKeys.get(digestApiKey(match[1]!)) : undefined;
  if (!owner) {
    throw new UnauthenticatedError('The API key is not valid. Send "Authorization: Bearer <key>" with a key from the API_KEYS configuration, or no header to read anonymously.', {
      httpStatus: 401,
    });
  }
  return owner;
}

/** The curator making a write; UNAUTHENTICATED without a key, FORBIDDEN with a key of another role. */
export function requireCurator(ctx: Context): ApiKeyOwner {
  if (!ctx.viewer) {
    throw new UnauthenticatedError('Writes need a curator API key: send "Authorization: Bearer <key>".');
  }
  if (ctx.viewer.role !== 'curator') {
    throw new ForbiddenError(`The key of "${ctx.viewer.name}" has the role ${ctx.viewer.role}; writes need the curator role.`);
  }
  return ctx.viewer;
}

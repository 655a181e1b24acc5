import { type ApiKeyOwner, type Config, digestApiKey } from '../config';
import type { Context } from './context';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '../domain/errors';

/** Who is asking: the configuration, the Authorization header, the client's address and its record of wrong keys. */
export interface Credentials {
  config: Config;
  authorization: string | undefined;
  /** The client's address (the socket's peer); wrong keys are counted per address. */
  client: string;
  throttle: WrongKeyThrottle;
}

/**
 * The owner of the API key in an `Authorization: Bearer <key>` header. No header: anonymous (reads
 * only). A header with an unknown key is refused outright, so a mistyped key never silently reads as
 * anonymous; a client that sent too many wrong keys lately is refused any key (TOO_MANY_REQUESTS)
 * until its window has passed, so keys cannot be guessed at speed.
 */
export function viewerOf({ config, authorization, client, throttle }: Credentials): ApiKeyOwner | undefined {
  if (authorization === undefined || authorization === '') return undefined;
  const waitMs = throttle.waitMs(client);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new TooManyRequestsError(`Too many wrong API keys from this address; try again in ${seconds} s.`, seconds);
  }
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const owner = match ? config.apiKeys.get(digestApiKey(match[1]!)) : undefined;
  if (!owner) {
    throttle.recordFailure(client);
    throw new UnauthenticatedError(
      'The API key is not valid. Send "Authorization: Bearer <key>" with a key from the API_KEYS configuration, or no header to read anonymously.',
      {
        httpStatus: 401,
      },
    );
  }
  return owner;
}

/** True when the header bears a curator's key: read before the body, to allow a curator's long document (no throttle: the context checks the key again). */
export function bearsCuratorKey(config: Pick<Credentials['config'], 'apiKeys'>, authorization: string | undefined): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match !== null && config.apiKeys.get(digestApiKey(match[1]!))?.role === 'curator';
}

export interface ThrottleOptions {
  /** Wrong keys a client may send within `windowMs`; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
  /** Clients remembered at most; beyond, the one idle longest is forgotten (memory stays bounded under a flood of addresses). */
  maxClients: number;
  now: () => number;
}

/** Wrong API keys per client in a sliding window: a client with `maxFailures` of them within `windowMs` waits. */
export class WrongKeyThrottle {
  private readonly options: ThrottleOptions;
  /** Client -> times of its latest wrong keys (at most maxFailures), oldest first; the Map's order is by latest failure. */
  private readonly failures = new Map<string, number[]>();

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.options = { maxFailures: 5, windowMs: 60_000, maxClients: 10_000, now: Date.now, ...options };
  }

  /** Milliseconds before `client` may send a key again; 0 when it may now. */
  waitMs(client: string): number {
    const { maxFailures, windowMs, now } = this.options;
    const times = this.recent(client);
    return times.length < maxFailures ? 0 : times[times.length - maxFailures]! + windowMs - now();
  }

  recordFailure(client: string): void {
    const { maxFailures, maxClients, now } = this.options;
    const times = [...this.recent(client), now()].slice(-maxFailures);
    this.failures.delete(client);
    this.failures.set(client, times);
    if (this.failures.size > maxClients) this.failures.delete(this.failures.keys().next().value!);
  }

  /** The client's wrong keys still within the window. */
  private recent(client: string): number[] {
    const since = this.options.now() - this.options.windowMs;
    const times = (this.failures.get(client) ?? []).filter((time) => time > since);
    if (times.length === 0) this.failures.delete(client);
    return times;
  }
}

/**
 * The curator making a write or reading the history; UNAUTHENTICATED without a key, FORBIDDEN with a
 * key of another role. `need` starts the refusal: "writes need", "reading the history of writes needs".
 */
export function requireCurator(ctx: Context, need = 'writes need'): ApiKeyOwner {
  if (!ctx.viewer) {
    throw new UnauthenticatedError(`${capitalised(need)} a curator API key: send "Authorization: Bearer <key>".`);
  }
  if (ctx.viewer.role !== 'curator') {
    throw new ForbiddenError(`The key of "${ctx.viewer.name}" has the role ${ctx.viewer.role}; ${need} the curator role.`);
  }
  return ctx.viewer;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

import type { IncomingMessage, RequestListener, ServerOptions, ServerResponse } from 'node:http';

export interface BodyDeadlineOptions {
  timeoutMs: number;
  /** Answers the time-out (an error of type `request.timeout`), as the app's HTTP failures are answered. */
  fail: (error: unknown, res: ServerResponse) => void;
}

/**
 * Gives a request's body `timeoutMs` from its headers to arrive whole; then answers 408 and closes the
 * connection, so a client that sends its body slowly (or stops half-way) holds no socket and no
 * body reader for long. Requests without a body, and bodies read in time, are untouched.
 */
export function bodyDeadline(handler: RequestListener, { timeoutMs, fail }: BodyDeadlineOptions): RequestListener {
  return (req, res) => {
    if (hasBody(req)) {
      const timer = setTimeout(() => {
        if (!res.headersSent) res.setHeader('Connection', 'close');
        res.once('finish', () => req.destroy());
        fail(Object.assign(new Error(`The request body did not arrive within ${timeoutMs} ms.`), { type: 'request.timeout' }), res);
      }, timeoutMs);
      const settle = () => clearTimeout(timer);
      req.once('end', settle);
      req.once('close', settle);
      res.once('finish', settle);
    }
    handler(req, res);
  };
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Node's own limits, as a backstop behind bodyDeadline: headers within `timeoutMs`, the whole request
 * within twice that, checked often enough to hold (Node's default: 300 s for a request, checked every 30 s).
 */
export function nodeServerTimeouts(timeoutMs: number): ServerOptions {
  return {
    headersTimeout: timeoutMs,
    requestTimeout: 2 * timeoutMs,
    connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.ceil(timeoutMs / 4))),
  };
}

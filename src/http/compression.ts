import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** The `compression` package sets brotli to quality 4: zlib's default, 11, costs tens of milliseconds per answer. */
const compressWhenWorthIt = compression({ threshold: COMPRESSION_THRESHOLD_BYTES }) as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * Brotli or gzip (brotli preferred when both are accepted), as the client's Accept-Encoding asks, for
 * JSON answers and explorer assets above COMPRESSION_THRESHOLD_BYTES, with `Vary: Accept-Encoding`. A
 * client that accepts no encoding (a script, a benchmark) gets only the Vary header, without the
 * wrappers `compression` puts around every response.
 */
export function compressAnswers(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void {
  if (req.headers['accept-encoding']) {
    compressWhenWorthIt(req, res, next);
    return;
  }
  res.setHeader('Vary', 'Accept-Encoding');
  next();
}

import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs (one line per event); every request's lines carry its requestId. */
export function createLogger(options: { level: string }): Logger {
  return pino({
    level: options.level,
    base: { service: 'occitanie-health-graph' },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'password'], censor: '[redacted]' },
  });
}

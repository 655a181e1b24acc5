import type { Driver } from 'neo4j-driver';

/** A Cypher statement a contender sent, as text and parameters, so the harness can PROFILE it. */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/**
 * Wraps a driver so every statement run through its sessions and transactions is also pushed to
 * `sink`. Used only while profiling, never under load.
 */
export function recordingDriver<D extends Driver>(driver: D, sink: Statement[]): D {
  const recordRuns = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (typeof value !== 'function') return value;
        if (property === 'run') {
          return (text: string, params?: Record<string, unknown>, ...rest: unknown[]) => {
            sink.push({ text, params: params ?? {} });
            return value.call(object, text, params, ...rest);
          };
        }
        if (
          property === 'executeRead' ||
          property === 'executeWrite' ||
          property === 'readTransaction' ||
          property === 'writeTransaction'
        ) {
          return (work: (tx: object) => unknown, ...rest: unknown[]) => value.call(object, (tx: object) => work(recordRuns(tx)), ...rest);
        }
        if (property === 'beginTransaction') return (...args: unknown[]) => recordRuns(value.apply(object, args));
        return value.bind(object);
      },
    });
  return new Proxy(driver, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as ((...args: unknown[]) => object) | unknown;
      if (typeof value !== 'function') return value;
      if (property === 'session') return (...args: unknown[]) => recordRuns(value.apply(object, args));
      if (property === 'executeQuery') {
        return (text: string, params?: Record<string, unknown>, ...rest: unknown[]) => {
          sink.push({ text, params: params ?? {} });
          return value.call(object, text, params, ...rest);
        };
      }
      return value.bind(object);
    },
  });
}

/** Total database hits of a PROFILE plan. */
export function dbHitsOf(plan: { dbHits: number; children: unknown[] }): number {
  return plan.dbHits + plan.children.reduce<number>((sum, child) => sum + dbHitsOf(child as { dbHits: number; children: unknown[] }), 0);
}

/**
 * One load run and what it measures: throughput, latency percentiles from each response's own
 * time (autocannon's histogram keeps whole milliseconds, too coarse at 2-4 ms), and the CPU time each
 * request cost the server's process and Neo4j's (from /proc: on a two-core machine, what a request
 * costs in CPU is what decides throughput).
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface RunFigures {
  requestsPerSecond: number;
  /** Milliseconds, to 0.1 ms. */
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU ms per request of the contender's process and of Neo4j. */
  serverCpuMs: number;
  neo4jCpuMs: number;
}

export interface LoadTarget {
  url: string;
  connections: number;
  seconds: number;
  nextBody: () => string;
  serverPid: number;
  neo4jPid: number;
}

export async function loadRun(target: LoadTarget): Promise<RunFigures> {
  const times: number[] = [];
  const before = { server: cpuMs(target.serverPid), neo4j: cpuMs(target.neo4jPid) };
  const result = await autocannon({
    url: target.url,
    connections: target.connections,
    duration: target.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: target.nextBody() }),
      },
    ],
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, ms: number) => times.push(ms));
    },
  });
  const requests = Math.max(1, result.requests.total);
  times.sort((a, b) => a - b);
  const percentile = (p: number) =>
    times.length === 0 ? 0 : Math.round(times[Math.min(times.length - 1, Math.floor((times.length * p) / 100))]! * 10) / 10;
  return {
    requestsPerSecond: result.requests.average,
    p50: percentile(50),
    p99: percentile(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    serverCpuMs: round2((cpuMs(target.serverPid) - before.server) / requests),
    neo4jCpuMs: round2((cpuMs(target.neo4jPid) - before.neo4j) / requests),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** CPU time (user + system) a process has used, in ms, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Markdown tables from a benchmark's JSON results: `node bench/dist/report.js bench/results/<stamp>.json`
 * prints them again (run.js writes them next to the JSON).
 */
import { readFileSync } from 'node:fs';
import type { Cell, machine, SizeResult } from './run';

const NONE = 'none in time';

/** A cell's figure, or a dash when no request completed within the run. */
const figure = (cell: Cell | undefined, value: (cell: Cell) => number, digits = 0) =>
  cell && cell.requestsPerSecond > 0 ? value(cell).toFixed(digits) : '—';

export function markdown(report: { machine: ReturnType<typeof machine>; results: SizeResult[] }): string {
  const m = report.machine;
  const lines = [
    `Machine: ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, Neo4j ${m.neo4j} Community; @neo4j/graphql ${m.neo4jGraphql}, neo4j-driver ${m.neo4jDriver}, autocannon ${m.autocannon}.`,
    '',
    "p50 and p99 from each response's own time (0.1 ms); CPU ms/req: CPU time of the contender's process and of Neo4j during the rounds, divided by the requests served (medians of the rounds).",
  ];
  for (const size of report.results) {
    lines.push('', `### ${size.actors} actors`, '');
    const load = size.import as {
      loaded: boolean;
      nodes: number;
      relationships: number;
      writeMs: number;
      relationshipsPerSecond: number;
      batchSize: number;
    };
    lines.push(
      load.loaded
        ? `Import: ${load.nodes} nodes, ${load.relationships} relationships in ${(load.writeMs / 1000).toFixed(1)} s (${load.relationshipsPerSecond} relationships/s, batches of ${load.batchSize}).`
        : `Import: already loaded by an earlier run (${load.nodes} nodes, ${load.relationships} relationships).`,
      '',
    );
    lines.push(`Peak RSS (MB): this ${size.peakRssMb.this}, @neo4j/graphql ${size.peakRssMb.library}, floor ${size.peakRssMb.floor}`, '');
    lines.push(
      '| query | contender | statements | db hits | answer items | concurrency | req/s | p50 ms | p99 ms | errors | CPU ms/req server + Neo4j | this ÷ library req/s | this ÷ floor p50 |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const q of size.queries) {
      const library = size.queries.find((o) => o.query === q.query && o.contender === 'library');
      const floor = size.queries.find((o) => o.query === q.query && o.contender === 'floor');
      for (const cell of q.cells) {
        const libraryCell = library?.cells.find((c) => c.concurrency === cell.concurrency);
        const floorCell = floor?.cells.find((c) => c.concurrency === cell.concurrency);
        const ok = (c: Cell | undefined) => c !== undefined && c.requestsPerSecond > 0;
        const vsLibrary =
          q.contender !== 'this' || !library
            ? ''
            : ok(cell) && ok(libraryCell)
              ? (cell.requestsPerSecond / libraryCell!.requestsPerSecond).toFixed(2)
              : NONE;
        const vsFloor =
          q.contender !== 'this' || !floor ? '' : ok(cell) && ok(floorCell) ? (cell.p50 / Math.max(floorCell!.p50, 0.1)).toFixed(2) : NONE;
        const cpu = cell.serverCpuMs === undefined ? '' : `${cell.serverCpuMs.toFixed(2)} + ${cell.neo4jCpuMs!.toFixed(2)}`;
        lines.push(
          `| ${q.query} | ${q.contender} | ${q.statements} | ${q.dbHits} | ${q.answerSize} | ${cell.concurrency} | ${figure(cell, (c) => c.requestsPerSecond)} | ${figure(cell, (c) => c.p50)} | ${figure(cell, (c) => c.p99)} | ${cell.errors} | ${cpu} | ${vsLibrary} | ${vsFloor} |`,
        );
      }
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: node bench/dist/report.js bench/results/<stamp>.json');
  console.log(markdown(JSON.parse(readFileSync(file, 'utf8'))));
}

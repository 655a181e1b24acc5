import type { Database } from './database';
import { WARM_UP_NODES } from './cypher/warmUp';

/** The real nodes the warm-up runs the answers' statements from (cypher/warmUp.ts WARM_UP_NODES). */
export interface WarmUpNodes {
  actors: { id: string; name: string }[];
  place?: string;
  programme?: string;
  domain?: string;
  funder?: string;
  funding?: string;
}

/** The best-connected actors (as many as asked) and the best-connected place, programme, domain, funder and funding. */
export async function warmUpNodes(db: Database, actors: number): Promise<WarmUpNodes> {
  const rows = await db.read<{ role: string; id: string; name: string }>(WARM_UP_NODES, { actors });
  const one = (role: string) => rows.find((row) => row.role === role)?.id;
  return {
    actors: rows.filter((row) => row.role === 'actor').map(({ id, name }) => ({ id, name })),
    place: one('place'),
    programme: one('programme'),
    domain: one('domain'),
    funder: one('funder'),
    funding: one('funding'),
  };
}

import { cypher } from './statement';

/**
 * The readiness check: a statement the server must answer (the driver's verifyConnectivity can be
 * satisfied by an idle pooled connection without a round trip, even from a frozen server).
 * A plain object: database.ts imports this module, so it must not import database.ts back at run time.
 */
export const PING = cypher('health.ping', 'RETURN 1 AS ok');

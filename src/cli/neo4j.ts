/** `npm run neo4j -- start|stop|status`: manage the local development Neo4j outside `npm start`. */
import { loadConfig } from '../config';
import { LocalNeo4j } from '../localNeo4j/localNeo4j';
import { parseCommandLine, runCli, UsageError } from './runCli';

const USAGE = 'npm run neo4j -- start|stop|status';

runCli(async () => {
  const { positionals } = parseCommandLine(USAGE, { allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new UsageError(`Give one command.\nUsage: ${USAGE}`);
  const config = loadConfig();
  const command = positionals[0] ?? 'status';
  const home = config.local.home;
  switch (command) {
    case 'start': {
      const server = await LocalNeo4j.start({ home, boltPort: config.local.boltPort, stopWithParent: false, log: console.log });
      console.log(`uri: ${server.connection.uri}\nuser: ${server.connection.user}\npassword file: ${home}/password`);
      return;
    }
    case 'stop': {
      const pid = await LocalNeo4j.stopRecorded(home);
      console.log(pid ? `Stopped (pid ${pid}).` : `No local Neo4j was running (home ${home}).`);
      return;
    }
    case 'status': {
      const state = await LocalNeo4j.status(home);
      const starting = state ? undefined : LocalNeo4j.findServer(home);
      if (state) console.log(`running: pid ${state.pid} at ${state.uri}${startedBy(state.owner)} (home ${home})`);
      else if (starting) console.log(`not answering yet: pid ${starting.pid} at ${starting.uri} is starting or stuck (home ${home})`);
      else console.log(`not running (home ${home})`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}".\nUsage: ${USAGE}`);
  }
});

function startedBy(owner: number | undefined): string {
  return owner === undefined ? '' : `, started by pid ${owner}`;
}

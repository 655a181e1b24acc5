import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AddressInfo, createServer } from 'node:net';

/**
 * The command line that starts the API in a checkout, as `npm start` runs it (`node <flags>
 * dist/main.js`; `dist/index.js` before the layered layout), so the bench measures the API with the
 * runtime flags its users get.
 */
export function apiCommand(checkout: string): string[] {
  const start: string = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')).scripts.start;
  // `exec node …` (npm start replaces its shell with node, so signals reach it) runs the same command.
  const [node, ...args] = start.replace(/^exec\s+/, '').split(/\s+/);
  const entry = args.at(-1);
  if (node !== 'node' || (entry !== 'dist/main.js' && entry !== 'dist/index.js'))
    throw new Error(`Unexpected start script in ${checkout}: ${start}`);
  return [...args.slice(0, -1), join(checkout, entry)];
}

/** Starts a contender and resolves once its port answers HTTP (any status). */
export async function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${args[0]} exited with ${child.exitCode}: ${errors}`);
    try {
      await fetch(`http://127.0.0.1:${env.PORT}/health/ready`);
      return child;
    } catch {
      await new Promise((ok) => setTimeout(ok, 200));
    }
  }
  child.kill();
  throw new Error(`${args[0]} did not start within 60 s: ${errors}`);
}

/**
 * Resolves once the API on `port` says it is ready (`/health/ready` answers 200: its start-up warm-up done), so
 * no contender is measured while it still warms up.
 */
export async function awaitReady(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error(`The API on port ${port} was not ready within ${timeoutMs / 1000} s`);
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => ok(port));
    });
  });
}

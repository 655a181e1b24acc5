import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { projectRoot } from '../../src/domain/paths';

/**
 * The real server process (dist/main.js, built by `npm test`) over the test Neo4j: graceful shutdown
 * on SIGTERM. A request whose body is still arriving when the signal comes is in flight: it must finish.
 */
jest.setTimeout(60_000);

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function startServer(extraEnv: Record<string, string> = {}): Promise<Started> {
  let output = '';
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'main.js')], {
    env: {
      PATH: process.env.PATH,
      NEO4J_URI: process.env.TEST_NEO4J_URI,
      NEO4J_USER: process.env.TEST_NEO4J_USER,
      NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD,
      PORT: '0',
      SEED_ON_START: 'never',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  let port: number | undefined;
  while (!port) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    port = Number(/API ready at http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(output)?.[1]) || undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, port, output: () => output, exited };
}

describe('SIGTERM', () => {
  it('stops accepting, finishes the request in flight, closes the driver and exits 0', async () => {
    const server = await startServer();
    const body = JSON.stringify({ query: '{ actor(id: "healthage") { name carriers { actor { name } } } }' });
    // Headers and half the body now; the rest after the signal.
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/graphql',
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += String(chunk)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(async () => {
          // The listener is closed: a new client is refused...
          const refused = await fetch(`http://127.0.0.1:${server.port}/health/live`).then(
            () => false,
            () => true,
          );
          expect(refused).toBe(true);
          // ...while the request already in flight completes.
          req.end(body.slice(20));
        }, 500);
      }, 300);
    });
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.actor.carriers).toHaveLength(3);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"shutting down: finishing in-flight requests"[\s\S]*"msg":"stopped"/);
  });

  it('refuses to start on a port already in use, saying so', async () => {
    const first = await startServer();
    try {
      const second = spawn(process.execPath, [join(projectRoot, 'dist', 'main.js')], {
        env: {
          PATH: process.env.PATH,
          NEO4J_URI: process.env.TEST_NEO4J_URI,
          NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD,
          PORT: String(first.port),
          SEED_ON_START: 'never',
          LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      second.stderr!.on('data', (chunk) => (stderr += String(chunk)));
      const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`Port ${first.port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  });

  it('exits with a clear message when the configuration is wrong', async () => {
    const child = spawn(process.execPath, [join(projectRoot, 'dist', 'main.js')], {
      env: { PATH: process.env.PATH, NEO4J_URI: 'http://localhost:7474', PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(1);
    expect(stderr).toMatch(/ConfigError: Invalid configuration:\n {2}NEO4J_URI: must be a Bolt or routing URI[\s\S]*PORT: /);
  });
});

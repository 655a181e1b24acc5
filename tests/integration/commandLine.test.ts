import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/domain/paths';

/**
 * The built commands (dist/cli, built by `npm test`) given a bad command line: a one-line reason and
 * the usage on stderr, exit 1, no stack trace, and nothing started or written (they stop before
 * opening the database). `--help` prints the usage and exits 0.
 */
// No NEO4J_URI, and a local home that must never be created: a command that went on to start a database would.
const NEVER_CREATED = join(projectRoot, '.neo4j', 'cli-test-never-created');

function run(command: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'dist', 'cli', `${command}.js`), ...args], {
    env: { PATH: process.env.PATH, LOCAL_NEO4J_HOME: NEVER_CREATED },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command lines', () => {
  it.each([
    ['synth', ['--actors', '1000', '--bogus'], "UsageError: Unknown option '--bogus'.", 'Usage: npm run synth -- --actors 100000'],
    ['synth', ['--actors', '12'], 'UsageError: --actors must be a whole number of at least 100.', 'Usage: npm run synth'],
    ['synth', [], 'UsageError: --actors must be a whole number of at least 100.', 'Usage: npm run synth'],
    ['export', ['--format', 'xml'], 'UsageError: --format must be csv or json, not "xml".', 'Usage: npm run export'],
    ['export', ['--out'], "UsageError: Option '--out <value>' argument missing.", 'Usage: npm run export'],
    ['import', [], 'UsageError: Which file? Give its path.', 'Usage: npm run import -- FILE.csv|FILE.json'],
    ['import', ['a.csv', 'b.csv'], 'UsageError: Give one file.', 'Usage: npm run import'],
    ['import', ['a.csv', '--dryrun'], "UsageError: Unknown option '--dryrun'.", 'Usage: npm run import'],
    ['neo4j', ['restart'], 'UsageError: Unknown command "restart".', 'Usage: npm run neo4j -- start|stop|status'],
    ['neo4j', ['--force'], "UsageError: Unknown option '--force'.", 'Usage: npm run neo4j'],
    ['seed', ['--all'], "UsageError: Unknown option '--all'.", 'Usage: npm run seed (no options)'],
  ])('%s %j: says what is wrong and how to call it, exit 1', (command, args, reason, usage) => {
    const { status, stdout, stderr } = run(command, ...args);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toBe(reason);
    expect(lines[1]).toContain(usage);
    expect(lines).toHaveLength(2); // no stack trace
    expect(existsSync(NEVER_CREATED)).toBe(false);
  });

  it.each(['synth', 'export', 'import', 'neo4j', 'seed'])('%s --help prints the usage and exits 0', (command) => {
    const { status, stdout, stderr } = run(command, '--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: npm run ${command}\\b`));
    expect(stderr).toBe('');
  });
});

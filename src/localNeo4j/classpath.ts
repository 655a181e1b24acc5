import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../domain/paths';
import { LocalNeo4jUnavailableError, requireMaven } from './prerequisites';

const execFileAsync = promisify(execFile);

/** The Maven descriptor naming the server jars; its <neo4j.version> is the one version we run. */
export const runtimePom = join(projectRoot, 'neo4j', 'pom.xml');

/** The Neo4j version pinned in neo4j/pom.xml. */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(runtimePom, 'utf8'));
  if (!match?.[1]) throw new Error(`${runtimePom} has no <neo4j.version>`);
  return match[1];
}

/**
 * Returns the Java classpath of the Neo4j server. The jars live in the Maven local repository
 * (~/.m2, shared by every clone); the resolved classpath is cached in `cacheDir` and re-resolved
 * only when a jar has gone missing.
 */
export async function resolveNeo4jClasspath(options: { cacheDir: string; log: (message: string) => void }): Promise<string> {
  const version = neo4jVersion();
  const cacheFile = join(options.cacheDir, `classpath-${version}.txt`);
  const cached = readCachedClasspath(cacheFile);
  if (cached) return cached;

  requireMaven();
  mkdirSync(options.cacheDir, { recursive: true });
  options.log(`Resolving the Neo4j ${version} server jars with Maven (the first time downloads about 150 MB)...`);
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    await execFileAsync('mvn', ['-B', '-q', '-f', runtimePom, 'dependency:build-classpath', `-Dmdep.outputFile=${partial}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? String((error as { stdout: unknown }).stdout) : '';
    throw new LocalNeo4jUnavailableError(
      `Maven could not resolve org.neo4j:neo4j:${version} from Maven Central.\n${output.slice(-2000)}\n` +
        'Check network access to Maven Central (or your Maven mirror in ~/.m2/settings.xml), ' +
        'or use `docker compose up`, or set NEO4J_URI to an existing Neo4j 5.',
    );
  }
  renameSync(partial, cacheFile); // atomic: a concurrent start never reads half a classpath
  const resolved = readCachedClasspath(cacheFile);
  if (!resolved) throw new LocalNeo4jUnavailableError(`Maven wrote an unusable classpath to ${cacheFile}`);
  return resolved;
}

function readCachedClasspath(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const classpath = readFileSync(file, 'utf8').trim();
  const jars = classpath.split(':').filter(Boolean);
  if (jars.length === 0 || !jars.every((jar) => existsSync(jar))) return undefined;
  return classpath;
}

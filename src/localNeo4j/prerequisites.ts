import { spawnSync } from 'node:child_process';

/** Raised when this machine cannot run the local Neo4j; the message says what to do instead. */
export class LocalNeo4jUnavailableError extends Error {
  override name = 'LocalNeo4jUnavailableError';
}

const ALTERNATIVES =
  'Or run everything with Docker (`docker compose up`), or point the API at an existing Neo4j 5 ' +
  'by setting NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.';

/** Checks that Java 17+ is on PATH and returns its major version. */
export function requireJava(): number {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new LocalNeo4jUnavailableError(
      'The local Neo4j server needs Java 17 or 21, and `java` was not found on PATH.\n' +
        'Install a JDK or JRE (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`).\n' +
        ALTERNATIVES,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(run.stderr + run.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new LocalNeo4jUnavailableError(
      `The local Neo4j server needs Java 17 or 21; \`java -version\` reports ${major || 'an unknown version'}.\n` +
        'Install Java 17 (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`) and put it first on PATH.\n' +
        ALTERNATIVES,
    );
  }
  return major;
}

/** Checks that Maven is on PATH (needed once, to resolve the Neo4j jars). */
export function requireMaven(): void {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new LocalNeo4jUnavailableError(
      'The Neo4j server jars are resolved from Maven Central with Maven, and `mvn` was not found on PATH.\n' +
        'Install Maven 3.6+ (Debian/Ubuntu: `apt-get install maven`; macOS: `brew install maven`).\n' +
        ALTERNATIVES,
    );
  }
}

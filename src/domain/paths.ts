import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this file holding package.json (works from src/ and dist/). */
export const projectRoot: string = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const seedsDir = join(projectRoot, 'seeds');
export const schemaDir = join(projectRoot, 'schema');
export const explorerDir = join(projectRoot, 'dist', 'explorer');

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentNode } from 'graphql';
import gql from 'graphql-tag';
import { schemaDir } from '../domain/paths';

/** The SDL of schema/*.graphql, parsed (the files are the single source of the API's types). */
export function loadTypeDefs(dir: string = schemaDir): DocumentNode[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => gql(readFileSync(join(dir, file), 'utf8')));
}

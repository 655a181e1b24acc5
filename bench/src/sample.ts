import type { Driver } from 'neo4j-driver';
import type { Sample } from './mix';

/** A fixed sample: organisations spread over the id range (hubs among them), search words, list filters with matches. */
export async function drawSample(driver: Driver): Promise<Sample> {
  const read = async (text: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(text, params, { routing: 'READ' })).records.map((r) => r.toObject());
  const ids = (
    await read("MATCH (a:Actor) WHERE a.kind IN ['COMPANY', 'RESEARCH_ORGANISATION'] RETURN a.id AS id ORDER BY a.id LIMIT 4000")
  ).map((r) => r.id as string);
  const actorIds = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / 40)) === 0).slice(0, 40);
  const names = (await read('MATCH (a:Actor {kind: "COMPANY"}) WHERE a.id IN $ids RETURN a.name AS name', { ids })).map(
    (r) => (r.name as string).split(' ')[0]!,
  );
  const domainWords = ['vaccins', 'oncologie', 'imagerie', 'bioproduction', 'génomique'];
  const texts = [...names.slice(0, 15), ...domainWords];
  const listFilters = (await read(
    `MATCH (d:Domain) WHERE NOT EXISTS { (:Domain)-[:SUBDOMAIN_OF]->(d) }
     MATCH (dep:Place {kind: 'DEPARTMENT'}) WHERE dep.code IN ['34', '31', '75', '69', '13']
     RETURN d.id AS domain, dep.code AS code ORDER BY d.id, dep.code LIMIT 20`,
  )) as { domain: string; code: string }[];
  return { actorIds, texts, listFilters };
}

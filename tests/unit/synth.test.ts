import { toGraphBatch } from '../../src/services/seeding/graphBatch';
import { actorSeed, domainSeed, fundingSeed, placeSeed, programmeSeed, sourceSeed, tieSeed } from '../../src/domain/records';
import { generateEcosystem } from '../../src/synth/generate';

describe('synthetic ecosystem generator', () => {
  const { seeds, counts } = generateEcosystem({ actors: 2000, seed: 7 });
  const batch = toGraphBatch(seeds, 'synthetic');

  it('is deterministic from its seed, and another seed gives another graph', () => {
    const again = generateEcosystem({ actors: 2000, seed: 7 });
    expect(JSON.stringify(again.seeds.ties)).toBe(JSON.stringify(seeds.ties));
    expect(JSON.stringify(again.seeds.actors)).toBe(JSON.stringify(seeds.actors));
    const other = generateEcosystem({ actors: 2000, seed: 8 });
    expect(JSON.stringify(other.seeds.ties)).not.toBe(JSON.stringify(seeds.ties));
  });

  it('keeps the directory schema: every record passes the seed validators', () => {
    for (const record of seeds.actors) actorSeed.parse(record);
    for (const record of seeds.places) placeSeed.parse(record);
    for (const record of seeds.domains) domainSeed.parse(record);
    for (const record of seeds.programmes) programmeSeed.parse(record);
    for (const record of seeds.fundings) fundingSeed.parse(record);
    for (const record of seeds.ties) tieSeed.parse(record);
  });

  it('is marked synthetic everywhere and cannot pass for real data', () => {
    expect(batch.nodes.every((node) => node.id.startsWith('syn-'))).toBe(true);
    expect(batch.nodes.filter((node) => 'origin' in node.props).every((node) => node.props.origin === 'synthetic')).toBe(true);
    expect(seeds.sources).toHaveLength(1);
    expect(seeds.sources[0]!.kind).toBe('SYNTHETIC');
    // The seed validator refuses a SYNTHETIC source: synthetic records never enter through seeds/ or imports.
    expect(sourceSeed.safeParse(seeds.sources[0]).success).toBe(false);
    const passages = new Set(Object.keys(seeds.sources[0]!.passages));
    expect(batch.ties.every((tie) => tie.props.passageIds.every((id) => passages.has(id)))).toBe(true);
  });

  it('has kinds in realistic proportions, about ten relationships per actor, and a few hubs', () => {
    const share = (kind: string) => seeds.actors.filter((a) => a.kind === kind).length / counts.actors!;
    expect(share('COMPANY')).toBeGreaterThan(0.6);
    expect(share('PERSON')).toBeCloseTo(0.12, 2);
    expect(share('COMPETITIVENESS_POLE')).toBeLessThan(0.01);
    const perActor = batch.ties.length / counts.actors!;
    expect(perActor).toBeGreaterThan(8);
    expect(perActor).toBeLessThan(12);
    const degree = new Map<string, number>();
    for (const tie of batch.ties) for (const end of [tie.from, tie.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const actorDegrees = seeds.actors.map((a) => degree.get(a.id) ?? 0).sort((x, y) => y - x);
    const median = actorDegrees[actorDegrees.length >> 1]!;
    // Power law: the biggest hub has tens of times the median degree.
    expect(actorDegrees[0]!).toBeGreaterThan(20 * median);
  });

  it('places actors in the départements of France, and every tie joins two generated nodes', () => {
    expect(seeds.places.filter((p) => p.kind === 'DEPARTMENT')).toHaveLength(101);
    expect(seeds.places.filter((p) => p.kind === 'REGION')).toHaveLength(18);
    const ids = new Set(batch.nodes.map((node) => node.id));
    expect(batch.ties.every((tie) => ids.has(tie.from) && ids.has(tie.to))).toBe(true);
    expect(seeds.fundings.every((f) => f.amountEur! > 0)).toBe(true);
  });

  it('refuses fewer than 100 actors', () => {
    expect(() => generateEcosystem({ actors: 10 })).toThrow(/at least 100/);
  });
});

import type { Driver } from 'neo4j-driver';
import { Database, withoutCallSiteStack } from '../../src/db/database';

describe('withoutCallSiteStack', () => {
  it('captures no frames while the statement starts, and puts the limit back', () => {
    const limit = Error.stackTraceLimit;
    const stack = withoutCallSiteStack(() => new Error('inside').stack);
    expect(stack).toBe('Error: inside');
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('puts the limit back when starting throws', () => {
    const limit = Error.stackTraceLimit;
    expect(() =>
      withoutCallSiteStack(() => {
        throw new TypeError('bad parameters');
      }),
    ).toThrow('bad parameters');
    expect(Error.stackTraceLimit).toBe(limit);
  });
});

describe('a remembered read', () => {
  // It never reaches a server: the reads below are functions of the test's own.
  const database = () => new Database({} as Driver, { database: 'neo4j', timeoutMs: 1_000 });

  it('is read once for concurrent callers and kept while it is young, for every request of the process', async () => {
    const db = database();
    let reads = 0;
    const read = async () => ++reads;
    const answers = await Promise.all([
      db.remembered('n', 60_000, read),
      db.forRequest({ incoming: [], written: [] }).remembered('n', 60_000, read),
    ]);
    expect(answers).toEqual([1, 1]);
    expect(await db.remembered('n', 60_000, read)).toBe(1);
  });

  it('is read again once older than its maximum age', async () => {
    const db = database();
    let reads = 0;
    await db.remembered('n', 0, async () => ++reads);
    expect(await db.remembered('n', 0, async () => ++reads)).toBe(2);
  });

  it('served while read again, is answered at once with the kept value, and by the new one once it has arrived', async () => {
    const db = database();
    let reads = 0;
    let release = () => {};
    const read = async () => {
      const n = ++reads;
      if (n > 1) await new Promise<void>((resolve) => (release = resolve));
      return n;
    };
    const served = { servedWhileReread: true };
    await db.remembered('n', 0, read, served);
    // Older than its age: served as it was, while one re-read (not one per caller) runs.
    expect(await Promise.all([db.remembered('n', 0, read, served), db.remembered('n', 60_000, read, served)])).toEqual([1, 1]);
    expect(reads).toBe(2);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await db.remembered('n', 60_000, read, served)).toBe(2);
  });

  it('served while read again, keeps its value when the re-read fails', async () => {
    const db = database();
    const served = { servedWhileReread: true };
    await db.remembered('n', 0, async () => 'kept', served);
    expect(await db.remembered('n', 0, async () => Promise.reject(new Error('down')), served)).toBe('kept');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await db.remembered('n', 60_000, async () => 'new', served)).toBe('kept');
  });

  it('is not kept when the read fails', async () => {
    const db = database();
    await expect(db.remembered('n', 60_000, async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await db.remembered('n', 60_000, async () => 'up')).toBe('up');
  });
});

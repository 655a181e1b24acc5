import { withoutCallSiteStack } from '../../src/db/database';

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

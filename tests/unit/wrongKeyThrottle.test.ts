import { WrongKeyThrottle } from '../../src/graphql/auth';

/** A throttle of 3 wrong keys a minute, on a clock the test moves. */
function throttleAt(start = 0, maxClients = 100) {
  const clock = { now: start };
  const throttle = new WrongKeyThrottle({ maxFailures: 3, windowMs: 60_000, maxClients, now: () => clock.now });
  return { clock, throttle };
}

describe('the wrong-key throttle', () => {
  it('lets a client try until its 3rd wrong key in a minute, then makes it wait until the oldest leaves the window', () => {
    const { clock, throttle } = throttleAt();
    for (const at of [0, 10_000]) {
      clock.now = at;
      throttle.recordFailure('10.0.0.1');
      expect(throttle.waitMs('10.0.0.1')).toBe(0);
    }
    clock.now = 20_000;
    throttle.recordFailure('10.0.0.1');
    expect(throttle.waitMs('10.0.0.1')).toBe(40_000);
    clock.now = 59_999;
    expect(throttle.waitMs('10.0.0.1')).toBe(1);
    clock.now = 60_000;
    expect(throttle.waitMs('10.0.0.1')).toBe(0);
  });

  it('counts each client apart', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 3; i++) throttle.recordFailure('10.0.0.1');
    expect([throttle.waitMs('10.0.0.1') > 0, throttle.waitMs('10.0.0.2')]).toEqual([true, 0]);
  });

  it('remembers a bounded number of clients, forgetting the one idle longest', () => {
    const { clock, throttle } = throttleAt(0, 2);
    for (const client of ['a', 'b', 'c']) {
      for (let i = 0; i < 3; i++) throttle.recordFailure(client);
      clock.now += 1;
    }
    expect(['a', 'b', 'c'].map((client) => throttle.waitMs(client) > 0)).toEqual([false, true, true]);
  });
});

import { DatabaseUnavailableError } from './errors';

export interface CircuitBreakerOptions {
  /** Consecutive unavailability failures that open the circuit. */
  failureThreshold: number;
  /** Pause between two background probes while the circuit is open. */
  probeIntervalMs: number;
  /** True when the database answers; called in the background while the circuit is open. */
  probe: () => Promise<boolean>;
  /** Told when the circuit opens and when it closes again (with how long the database was down). */
  onChange?: (event: CircuitEvent) => void;
}

export type CircuitEvent = { state: 'open'; failures: number } | { state: 'closed'; downForMs: number };

export interface CircuitStatus {
  state: 'open' | 'closed';
  consecutiveFailures: number;
  /** While open: since when (epoch ms). */
  openSince?: number;
  /** How long the last outage lasted, from opening to the first probe answered. */
  lastDownForMs?: number;
}

/**
 * Stops sending work to a database known to be down: after `failureThreshold` consecutive
 * unavailability failures every call is refused at once (DATABASE_UNAVAILABLE, no connection taken
 * from the pool), a probe runs in the background every `probeIntervalMs`, and the first probe
 * answered closes the circuit. A short class rather than `opossum`: the API needs only "consecutive
 * failures of one kind" and "a background probe" (opossum counts every rejection in a rolling window and
 * lets a real request through to half-open), and this keeps the data layer free of another dependency.
 */
export class CircuitBreaker {
  private failures = 0;
  private openSince?: number;
  private lastDownForMs?: number;
  private probeTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get isOpen(): boolean {
    return this.openSince !== undefined;
  }

  /** Throws DatabaseUnavailableError while the circuit is open; call before taking a connection. */
  check(): void {
    if (this.isOpen) {
      throw new DatabaseUnavailableError(
        `The database is known to be down since ${new Date(this.openSince!).toISOString()} (circuit open; probing it every ${this.options.probeIntervalMs} ms)`,
      );
    }
  }

  /** The database answered (even with an error of the query's own): it is up. */
  succeeded(): void {
    this.failures = 0;
  }

  /** The database did not answer. */
  failed(): void {
    this.failures++;
    if (!this.isOpen && !this.stopped && this.failures >= this.options.failureThreshold) {
      this.openSince = Date.now();
      this.options.onChange?.({ state: 'open', failures: this.failures });
      this.scheduleProbe();
    }
  }

  status(): CircuitStatus {
    return {
      state: this.isOpen ? 'open' : 'closed',
      consecutiveFailures: this.failures,
      openSince: this.openSince,
      lastDownForMs: this.lastDownForMs,
    };
  }

  /** No more probes (the database is being closed). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.probeTimer);
  }

  private scheduleProbe(): void {
    if (this.stopped) return;
    this.probeTimer = setTimeout(() => void this.probeOnce(), this.options.probeIntervalMs);
    this.probeTimer.unref(); // never keeps the process alive
  }

  private async probeOnce(): Promise<void> {
    const answered = await this.options.probe().catch(() => false);
    if (!this.isOpen || this.stopped) return;
    if (!answered) return this.scheduleProbe();
    this.lastDownForMs = Date.now() - this.openSince!;
    this.openSince = undefined;
    this.failures = 0;
    this.options.onChange?.({ state: 'closed', downForMs: this.lastDownForMs });
  }
}

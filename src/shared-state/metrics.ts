import { Counter, Gauge, type Registry } from 'prom-client';

/** Who used Redis when a command failed: each store decides on its own what a failure means. */
export type SharedStateUser = 'idempotency' | 'read-cache' | 'quota-view';

/** Why a command failed: not connected (down or reconnecting), no answer in time, or an error reply. */
export type FailureReason = 'offline' | 'timeout' | 'error';

/**
 * The shared-state layer's Prometheus metrics, made without a registry so the app can put them in its
 * own (`register`). Lives as long as the Redis connection.
 */
export class SharedStateMetrics {
  private readonly failures = new Counter({
    name: 'shared_state_failures_total',
    help: 'Redis commands that failed, by the store that sent them and why (offline, timeout, error).',
    labelNames: ['store', 'reason'] as const,
    registers: [],
  });

  private readonly up = new Gauge({
    name: 'shared_state_redis_up',
    help: '1 while the Redis connection is ready, 0 while it is down or reconnecting.',
    registers: [],
  });

  register(registry: Registry): void {
    registry.registerMetric(this.failures);
    registry.registerMetric(this.up);
  }

  failed(store: SharedStateUser, reason: FailureReason): void {
    this.failures.inc({ store, reason });
  }

  connection(up: boolean): void {
    this.up.set(up ? 1 : 0);
  }
}

import { createHash } from 'node:crypto';
import {
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  createClient,
  DisconnectsClientError,
  ErrorReply,
  SocketClosedUnexpectedlyError,
  TimeoutError,
  TimeoutReadError,
  type RedisArgument,
} from '@redis/client';
import { SharedStateMetrics, type FailureReason, type SharedStateUser } from './metrics.js';
import type { RedisSettings } from './redis-settings.js';

/** What the connection tells: its state changes, once each, not every failed command (those are counted). */
export interface SharedStateLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** For `/ready`: whether Redis answers now, since when, and the last error seen. */
export interface RedisHealth {
  up: boolean;
  /** Epoch ms of the last change between up and down. */
  since: number;
  lastError?: string;
}

/** A Redis command failed: the store that sent it decides what that means (refuse, go on without, fall back). */
export class SharedStateUnavailableError extends Error {
  constructor(
    readonly store: SharedStateUser,
    readonly reason: FailureReason,
    options: { cause: unknown },
  ) {
    super(`Redis is unavailable to the ${store} store (${reason})`, options);
    this.name = 'SharedStateUnavailableError';
  }
}

/** A Lua script run by its SHA1 (EVALSHA), loaded on first use after each Redis start. */
export interface LuaScript {
  source: string;
  sha1: string;
}

export function luaScript(source: string): LuaScript {
  return { source, sha1: createHash('sha1').update(source).digest('hex') };
}

export type RedisClient = ReturnType<typeof connect>;

/** Reconnect attempts back off to this; the first comes at once, as most drops are short. */
const MAX_RECONNECT_DELAY_MS = 2_000;

function connect(settings: RedisSettings) {
  return createClient({
    url: settings.url,
    // Never queue a command while disconnected: a keyed write must be refused at once, not sent when Redis
    // returns; and a command cut off by a dropped connection is failed, never sent again (node-redis does not resend).
    disableOfflineQueue: true,
    // A hung Redis (connected, not answering) fails commands after the timeout, sent ones included.
    commandOptions: { timeout: settings.commandTimeoutMs, rejectInFlight: true },
    socket: {
      connectTimeout: settings.connectTimeoutMs,
      reconnectStrategy: (retries: number) =>
        Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS) * (0.5 + Math.random() / 2),
    },
  });
}

/**
 * The process's connection to Redis, shared by the idempotency, read-cache and quota-view stores: namespaced
 * keys, Lua scripts, a health view and failure counters. It connects in the background and reconnects on its
 * own while Redis is away (commands fail fast meanwhile). Lives as long as the process; `close` on shutdown.
 */
export class RedisConnection {
  readonly metrics: SharedStateMetrics;
  private readonly client: RedisClient;
  private readonly readyListeners = new Set<() => void>();
  private state: RedisHealth = { up: false, since: Date.now() };
  /** Whether a state has been logged yet: down at start is told once, like any later change. */
  private told = false;
  /** A command timed out and none has succeeded since: Redis is connected but not answering. */
  private hung = false;
  private closing = false;

  constructor(
    private readonly settings: RedisSettings,
    private readonly log?: SharedStateLog,
    metrics?: SharedStateMetrics,
  ) {
    this.metrics = metrics ?? new SharedStateMetrics();
    this.metrics.connection(false);
    this.client = connect(settings);
    this.client.on('ready', () => this.changed(true));
    this.client.on('end', () => this.changed(false));
    this.client.on('reconnecting', () => this.changed(false));
    // node-redis emits every connection error; without a listener one would crash the process.
    this.client.on('error', (error: unknown) => {
      this.state.lastError = error instanceof Error ? error.message || error.name : String(error);
      this.changed(false);
    });
    this.client.connect().catch(() => {
      // Only a closed client stops connecting: the errors of each attempt went to the 'error' listener.
    });
  }

  /** `prefix` + the parts joined by `:`. Parts that come from callers must already be encoded. */
  key(...parts: string[]): string {
    return `${this.settings.keyPrefix}${parts.join(':')}`;
  }

  /** Closed for good (shutdown): background work on this connection should stop. */
  get closed(): boolean {
    return this.closing;
  }

  health(): RedisHealth {
    return this.hung ? { ...this.state, up: false } : { ...this.state };
  }

  /**
   * Resolves true once connected, or false after `withinMs`: the app waits briefly at start, so its first
   * keyed writes are not refused while the first connection is still being made.
   */
  async whenReady(withinMs: number): Promise<boolean> {
    if (this.client.isReady) return true;
    let stop = () => {};
    const ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), withinMs);
      const unsubscribe = this.onReady(() => resolve(true));
      stop = () => {
        clearTimeout(timer);
        unsubscribe();
      };
    });
    try {
      return await ready;
    } finally {
      stop();
    }
  }

  /** Called on every (re)connection, e.g. to redo what could not be done while Redis was away. */
  onReady(listener: () => void): () => void {
    this.readyListeners.add(listener);
    return () => this.readyListeners.delete(listener);
  }

  /** Runs `use` for `store`; a failure is counted and thrown as `SharedStateUnavailableError`. */
  async run<T>(store: SharedStateUser, use: (client: RedisClient) => Promise<T>): Promise<T> {
    try {
      const result = await use(this.client);
      this.hung = false;
      return result;
    } catch (error) {
      const reason = failureReason(error);
      if (reason === 'timeout') this.hung = true;
      this.metrics.failed(store, reason);
      throw new SharedStateUnavailableError(store, reason, { cause: error });
    }
  }

  /** Runs a script by its SHA1, sending its source once when Redis does not know it yet (after a restart). */
  async evaluate(store: SharedStateUser, script: LuaScript, keys: string[], args: RedisArgument[]): Promise<unknown> {
    return this.run(store, async (client) => {
      try {
        return await client.evalSha(script.sha1, { keys, arguments: args });
      } catch (error) {
        if (!(error instanceof ErrorReply) || !error.message.startsWith('NOSCRIPT')) throw error;
        return client.eval(script.source, { keys, arguments: args });
      }
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.readyListeners.clear();
    if (this.client.isOpen) await this.client.close().catch(() => this.client.destroy());
    else this.client.destroy();
    // Closed on purpose: down, but not worth a warning.
    this.state = { ...this.state, up: false, since: Date.now() };
    this.metrics.connection(false);
  }

  private changed(up: boolean): void {
    if (up) this.hung = false;
    if (this.closing || (this.told && up === this.state.up)) return;
    this.told = true;
    this.state = { ...this.state, up, since: Date.now() };
    this.metrics.connection(up);
    if (up) {
      this.log?.info({ redis: redactedUrl(this.settings.url) }, 'Redis is ready: shared state is back');
      for (const listener of this.readyListeners) listener();
    } else {
      const details = { redis: redactedUrl(this.settings.url), error: this.state.lastError };
      this.log?.warn(details, 'Redis is down: keyed writes are refused, reads go on without the shared cache');
    }
  }
}

function failureReason(error: unknown): FailureReason {
  if (error instanceof TimeoutError || error instanceof TimeoutReadError) return 'timeout';
  const offline =
    error instanceof ClientOfflineError ||
    error instanceof ClientClosedError ||
    error instanceof SocketClosedUnexpectedlyError ||
    error instanceof DisconnectsClientError ||
    error instanceof ConnectionTimeoutError;
  return offline ? 'offline' : 'error';
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = 'redacted';
  return parsed.toString();
}

import { Agent } from 'undici';

export interface AgentSettings {
  /** Sockets per origin (no pipelining); undefined: as many as calls need. */
  connections: number | undefined;
  /** Connect, response-headers and body timeouts: undici's defaults are minutes. */
  timeoutMs: number;
}

/**
 * The undici Agent every upstream call goes through: it keeps one pool per origin (the B2B API and the
 * Admin API each get their own) with these limits. Lives as long as the process; `close` drains it.
 */
export function createUpstreamAgent(settings: AgentSettings): Agent {
  return new Agent({
    connections: settings.connections ?? null,
    pipelining: 1,
    connect: { timeout: settings.timeoutMs },
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
    keepAliveTimeout: 10_000,
  });
}

import { pino, type DestinationStream, type Logger } from 'pino';
import { roundMs } from './milliseconds.js';
import type { RequestObserver, RequestSummary } from './request-observer.js';

export type { Logger } from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
/** `pretty`: one readable line per event, for a person at a terminal; `json`: one JSON object per line. */
export type LogFormat = 'json' | 'pretty';

/** Names whose values no log line shows: credentials and the headers that carry them. */
const REDACTED_NAMES = ['authToken', 'storeHash', 'credentials', 'headers'];
const CENSOR = '[redacted]';

/** Where the process's log lines censor them: at the top and one level down, and a request's headers. */
const REDACTED_PATHS = [...REDACTED_NAMES, ...REDACTED_NAMES.map((name) => `*.${name}`), 'req.headers'];

/**
 * Where the request log censors them: in the one part of its line that is not built field by field, each
 * failure's serialized error (its own properties come along). Narrower than REDACTED_PATHS on purpose:
 * their wildcard paths are matched against every field of every line, which cost more than the rest of
 * the request log together (bench/README.md), and reached nothing inside `failures`, a list.
 */
const REQUEST_LOG_REDACTED_PATHS = REDACTED_NAMES.map((name) => `failures[*].error.${name}`);

/**
 * The process's structured JSON logger (pino), one object per line on `destination`, by default standard
 * output (`stdoutLines`). Lives as long as the process.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'b2b-payments-gateway' },
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
  };
  return pino(options, destination ?? stdoutLines());
}

/**
 * The process's logger on stdout: JSON lines, or in the `pretty` format one readable line per event (with
 * pino-pretty, loaded only then), written synchronously.
 */
export async function createStdoutLogger(level: LogLevel, format: LogFormat): Promise<Logger> {
  if (format === 'json') return createLogger(level);
  const { default: pretty } = await import('pino-pretty');
  return createLogger(level, pretty({ sync: true, ignore: 'pid,hostname,service', translateTime: 'SYS:HH:MM:ss.l' }));
}

/** A turn's lines are written as soon as they pass this many characters, to bound what waits. */
const MAX_PENDING_CHARS = 64 * 1024;

let stdout: DestinationStream | undefined;

/**
 * Standard output for log lines, one per process. Written synchronously, never by an asynchronous write
 * still in flight when the process ends (that line would land after later ones, or not at all), but once
 * per turn of the event loop: under load many requests finish in one turn, and their lines then cost one
 * write(2) instead of one each (a sixth of a `{ __typename }`'s CPU, bench/README.md). A line waits at
 * most until the end of its turn; what is pending on exit, a crash included, is written then. The lines
 * are joined here, not in sonic-boom's buffer, which measures its whole buffer again for every line.
 */
function stdoutLines(): DestinationStream {
  if (stdout) return stdout;
  const stream = pino.destination({ dest: 1, sync: true });
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    pendingChars = 0;
    stream.write(text);
  };
  process.once('exit', flush);
  stdout = {
    write(line: string) {
      if (pending.push(line) === 1) setImmediate(flush);
      pendingChars += line.length;
      if (pendingChars > MAX_PENDING_CHARS) flush();
    },
  };
  return stdout;
}

/** A logger that writes nothing, for apps built without one (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/**
 * Writes one line per GraphQL request: request id, operation, status, duration, the upstream calls it
 * made and, before masking, why resolvers failed. `error` level when something unexpected failed,
 * `warn` when the upstream did, `info` otherwise. Its fields are listed in `logFields`, none of them a
 * header or a credential, so its line is redacted at REQUEST_LOG_REDACTED_PATHS only.
 */
export function requestLog(logger: Logger): RequestObserver {
  const lines = logger.child({}, { redact: { paths: REQUEST_LOG_REDACTED_PATHS, censor: CENSOR } });
  return {
    requestFinished(_request, summary) {
      const level = levelOf(summary);
      if (!lines.isLevelEnabled(level)) return;
      lines[level](logFields(summary), 'graphql request');
    },
  };
}

function levelOf(summary: RequestSummary): 'error' | 'warn' | 'info' {
  if (summary.failures.some((failure) => failure.kind === 'unexpected')) return 'error';
  return summary.failures.length > 0 ? 'warn' : 'info';
}

function logFields(summary: RequestSummary) {
  return {
    requestId: summary.requestId,
    operationName: summary.operationName ?? null,
    operationType: summary.operationType ?? null,
    status: summary.httpStatus,
    outcome: summary.outcome,
    durationMs: roundMs(summary.durationMs),
    upstreamCallCount: summary.upstreamCalls.length,
    upstreamCalls: summary.upstreamCalls.map((call) => ({
      endpoint: call.endpoint,
      method: call.method,
      status: call.status ?? null,
      durationMs: roundMs(call.durationMs),
    })),
    ...(summary.errorCodes.length > 0 && { errorCodes: summary.errorCodes }),
    ...(summary.failures.length > 0 && {
      failures: summary.failures.map((failure) =>
        failure.kind === 'unexpected' ? { ...failure, error: pino.stdSerializers.err(failure.error) } : failure,
      ),
    }),
  };
}

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type LogLine = Record<string, unknown> & { msg?: string };

/**
 * The real gateway (`src/main.ts`, or its build) in a child process, with its JSON log lines as they arrive,
 * and whatever else it writes (anything on stderr, and stdout lines that are not JSON).
 */
export class GatewayProcess {
  readonly lines: LogLine[] = [];
  readonly otherOutput: string[] = [];
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(private readonly child: ChildProcessByStdio<null, Readable, Readable>) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const parsed = parseLogLine(line);
      if (parsed) this.lines.push(parsed);
      else this.otherOutput.push(line);
      for (const wake of this.waiters.splice(0)) wake();
    });
    createInterface({ input: child.stderr }).on('line', (line) => this.otherOutput.push(line));
    this.exited = once(child, 'exit').then(([code]) => code as number | null);
  }

  /** Starts `node <args>` in the project root, on free ports unless `env` says otherwise. */
  static start(args: string[], env: Record<string, string>): GatewayProcess {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env['PATH'] ?? '', PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new GatewayProcess(child);
  }

  /** The first log line whose message is `msg` or starts with it and a space ('listening' finds 'listening on ...'). */
  async logLine(msg: string): Promise<LogLine> {
    for (;;) {
      const line = this.lines.find((candidate) => candidate.msg === msg || candidate.msg?.startsWith(`${msg} `));
      if (line) return line;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

function parseLogLine(line: string): LogLine | undefined {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as LogLine) : undefined;
  } catch {
    return undefined;
  }
}

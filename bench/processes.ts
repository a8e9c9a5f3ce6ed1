import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';

/** Linux's USER_HZ is 100 on every mainstream architecture. */
const MS_PER_CLOCK_TICK = 10;

/** A server the bench runs as a child process, so its CPU and memory are its own. */
export interface Service {
  name: string;
  /** The URL its ready line printed. */
  url: string;
  /** Peak resident memory since the last reset, in MiB; undefined where /proc cannot tell. */
  peakRssMiB(): number | undefined;
  /** CPU time used so far (user + system), in ms; undefined where /proc cannot tell. */
  cpuMs(): number | undefined;
  resetPeakRss(): void;
  stop(): Promise<void>;
}

/**
 * Starts `node <args>` and waits for its ready line: the first line it prints, with its URL in it. Its
 * stderr is the bench's, so a crash is seen.
 */
export async function startService(name: string, args: string[], env: Record<string, string>): Promise<Service> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await readyUrl(name, child);
  const proc = `/proc/${child.pid}`;
  return {
    name,
    url,
    peakRssMiB: () => {
      try {
        const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`${proc}/status`, 'utf8'))?.[1];
        return kib === undefined ? undefined : Number(kib) / 1024;
      } catch {
        return undefined;
      }
    },
    cpuMs: () => {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat, after the command name: user and system time in clock ticks.
        const fields = readFileSync(`${proc}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        return (Number(fields[11]) + Number(fields[12])) * MS_PER_CLOCK_TICK;
      } catch {
        return undefined;
      }
    },
    resetPeakRss: () => {
      try {
        // Linux: writing 5 resets the peak (VmHWM) to the current resident size.
        writeFileSync(`${proc}/clear_refs`, '5');
      } catch {
        // Not Linux, or not allowed: the peak then covers the whole run.
      }
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

function readyUrl(name: string, child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready:\n${output}`)));
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const firstLine = output.includes('\n') ? output.slice(0, output.indexOf('\n')) : '';
      const url = /https?:\/\/[^\s,]+/.exec(firstLine)?.[0];
      if (url) resolve(url.replace('//localhost:', '//127.0.0.1:'));
    });
  });
}

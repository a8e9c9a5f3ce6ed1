/**
 * `npm run bench:capacity`: how many page views a minute one store's support team gets through the gateway
 * within the store's upstream quota (150 calls a minute), on 1 and 2 replicas, with the read cache off and
 * on. Prints one table (stdout; progress on stderr) and the target: with the cache on, at least 20 times the
 * whole page views a minute of the cache off, and no RATE_LIMITED answer, on 1 replica and on 2.
 *
 *   npm run bench:capacity -- --seconds=75 --users=20 --replicas=1,2 --cache=off,on --think=1-3 [--ttl-ms=N]
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runCell, type CellResult, type Load } from './cell.js';
import { cellLabel, details, machine, table, targets } from './report.js';
import { checkDocuments } from './workload.js';

/** The bench sets these per cell; a value in the bench's own environment must not reach the gateways. */
const CACHE_VARIABLES = ['REDIS_URL', 'REDIS_KEY_PREFIX', 'READ_CACHE_TTL_MS', 'READ_CACHE_STALE_MS'];

interface Options {
  load: Load;
  replicas: number[];
  cache: boolean[];
  /** `--ttl-ms`: READ_CACHE_TTL_MS of the cache-on cells; unset, the gateway's default. */
  ttlMs: number | undefined;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '75' },
      users: { type: 'string', default: '20' },
      replicas: { type: 'string', default: '1,2' },
      cache: { type: 'string', default: 'off,on' },
      think: { type: 'string', default: '1-3' },
      'ttl-ms': { type: 'string' },
    },
  });
  const [min = NaN, max = NaN] = values.think.split('-').map(Number);
  const options = {
    load: { seconds: Number(values.seconds), users: Number(values.users), thinkSeconds: { min, max } },
    replicas: values.replicas.split(',').map(Number),
    cache: values.cache.split(',').map((setting) => setting === 'on'),
    ttlMs: values['ttl-ms'] === undefined ? undefined : Number(values['ttl-ms']),
  };
  const { seconds, users, thinkSeconds } = options.load;
  const problems = [
    !(seconds > 0) && `--seconds must be a positive number (got ${values.seconds})`,
    !(Number.isInteger(users) && users > 0) && `--users must be a positive integer (got ${values.users})`,
    !options.replicas.every((count) => Number.isInteger(count) && count > 0) &&
      `--replicas must list positive integers (got ${values.replicas})`,
    !values.cache.split(',').every((setting) => setting === 'on' || setting === 'off') &&
      `--cache must list off and/or on (got ${values.cache})`,
    options.ttlMs !== undefined &&
      !(Number.isInteger(options.ttlMs) && options.ttlMs > 0) &&
      `--ttl-ms must be a positive integer (got ${values['ttl-ms']})`,
    !(thinkSeconds.min >= 0 && thinkSeconds.max >= thinkSeconds.min) &&
      `--think must be like 1-3 (got ${values.think})`,
  ].filter((problem) => problem !== false);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return options;
}

async function main(): Promise<void> {
  const options = parseOptions();
  for (const name of CACHE_VARIABLES) delete process.env[name];
  checkDocuments('schema/schema.graphql');
  console.error('Building the gateway (npm run build)...');
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });

  const cells: CellResult[] = [];
  for (const replicas of options.replicas) {
    for (const cache of options.cache) {
      console.error(`${cellLabel({ replicas, cache })}: ${options.load.seconds} s...`);
      const cell = await runCell({ replicas, cache }, options.load, options.ttlMs);
      cells.push(cell);
      console.error(details(cell));
    }
  }
  console.log(`## Machine\n\n\`\`\`\n${machine(options.load, options.ttlMs)}\n\`\`\`\n`);
  console.log(`## Results\n\n${table(cells)}\n\n${cells.map(details).join('\n')}\n`);
  console.log(`## Target\n\n${targets(cells, options.replicas)}`);
}

await main();

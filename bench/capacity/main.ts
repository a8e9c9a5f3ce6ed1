/**
 * `npm run bench:capacity`: how many page views a minute one store's support team gets through the gateway
 * within the store's upstream quota (150 calls a minute), on 1 and 2 replicas, with the read cache off and
 * on. Prints one table (stdout; progress on stderr) and the target: with the cache on, at least 20 times the
 * whole page views a minute of the cache off, and no RATE_LIMITED answer, on 1 replica and on 2.
 *
 *   npm run bench:capacity -- --seconds=75 --users=20 --replicas=1,2 --cache=off,on --think=1-3
 */
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { startService } from '../processes.js';
import { cacheSettings, PRODUCTION, runCell, STORE, type CellResult, type Load } from './cell.js';
import { connectedClients, startRedisServer } from './redis-server.js';
import { cellLabel, details, machine, table, targets } from './report.js';
import { checkDocuments } from './workload.js';

/** The bench sets these per cell; a value in the bench's own environment must not reach the gateways. */
const CACHE_VARIABLES = ['REDIS_URL', 'REDIS_KEY_PREFIX', 'READ_CACHE_TTL_MS', 'READ_CACHE_STALE_MS'];
/** How long a gateway started with REDIS_URL may take to open its connection to Redis. */
const REDIS_CONNECT_WITHIN_MS = 5_000;

interface Options {
  load: Load;
  replicas: number[];
  cache: boolean[];
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '75' },
      users: { type: 'string', default: '20' },
      replicas: { type: 'string', default: '1,2' },
      cache: { type: 'string', default: 'off,on' },
      think: { type: 'string', default: '1-3' },
    },
  });
  const [min = NaN, max = NaN] = values.think.split('-').map(Number);
  const options = {
    load: { seconds: Number(values.seconds), users: Number(values.users), thinkSeconds: { min, max } },
    replicas: values.replicas.split(',').map(Number),
    cache: values.cache.split(',').map((setting) => setting === 'on'),
  };
  const { seconds, users, thinkSeconds } = options.load;
  const problems = [
    !(seconds > 0) && `--seconds must be a positive number (got ${values.seconds})`,
    !(Number.isInteger(users) && users > 0) && `--users must be a positive integer (got ${values.users})`,
    !options.replicas.every((count) => Number.isInteger(count) && count > 0) &&
      `--replicas must list positive integers (got ${values.replicas})`,
    !values.cache.split(',').every((setting) => setting === 'on' || setting === 'off') &&
      `--cache must list off and/or on (got ${values.cache})`,
    !(thinkSeconds.min >= 0 && thinkSeconds.max >= thinkSeconds.min) &&
      `--think must be like 1-3 (got ${values.think})`,
  ].filter((problem) => problem !== false);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return options;
}

/**
 * Whether the gateway knows REDIS_URL: one started with it opens a connection to Redis (asked for its
 * readiness, which reports Redis, in case it connects lazily). Its upstream is a closed port: no call is made.
 */
async function gatewayUsesRedis(): Promise<boolean> {
  const redis = await startRedisServer();
  try {
    const gateway = await startService('gateway-redis-check', ['dist/main.js'], {
      PORT: '0',
      B2B_API_URL: 'http://127.0.0.1:9/api/v3/io/ip',
      ...STORE,
      ...PRODUCTION,
      ...cacheSettings(redis),
    });
    try {
      await request(new URL('/ready', gateway.url)).then((response) => response.body.dump());
      for (const until = Date.now() + REDIS_CONNECT_WITHIN_MS; Date.now() < until; await sleep(100)) {
        if ((await connectedClients(redis.port)) > 0) return true;
      }
      return false;
    } finally {
      await gateway.stop();
    }
  } finally {
    await redis.stop();
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  for (const name of CACHE_VARIABLES) delete process.env[name];
  checkDocuments('schema/schema.graphql');
  console.error('Building the gateway (npm run build)...');
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });

  let skipped: string | undefined;
  if (options.cache.includes(true) && !(await gatewayUsesRedis())) {
    skipped =
      'cache-on cells skipped: a gateway started with REDIS_URL opened no connection to Redis within ' +
      `${REDIS_CONNECT_WITHIN_MS / 1000} s, so this gateway does not know REDIS_URL yet`;
    console.error(skipped);
  }
  const cells: CellResult[] = [];
  for (const replicas of options.replicas) {
    for (const cache of options.cache) {
      if (cache && skipped) continue;
      console.error(`${cellLabel({ replicas, cache })}: ${options.load.seconds} s...`);
      const cell = await runCell({ replicas, cache }, options.load);
      cells.push(cell);
      console.error(details(cell));
    }
  }
  console.log(`## Machine\n\n\`\`\`\n${machine(options.load)}\n\`\`\`\n`);
  console.log(`## Results\n\n${table(cells)}\n\n${cells.map(details).join('\n')}\n`);
  console.log(`## Target\n\n${targets(cells, options.replicas, skipped)}`);
}

await main();

/**
 * `node dist/healthcheck.js`: the container's HEALTHCHECK. Exits 0 when this container's gateway answers
 * `/health` (liveness: the process serves HTTP), 1 otherwise. Readiness (`/ready`) is for load balancers.
 */
import { loadConfig } from './config.js';

const TIMEOUT_MS = 2_000;

try {
  const response = await fetch(`http://127.0.0.1:${loadConfig().port}/health`, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}

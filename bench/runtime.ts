import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The one place the deployment's node options live: the image's CMD and `npm start` read it too. */
const NODE_OPTIONS_FILE = join(PROJECT_ROOT, 'node-options.env');

/** A Node binary the bench runs servers on. */
export interface NodeRuntime {
  path: string;
  /** As `node -v` prints it. */
  version: string;
}

/**
 * `--gateway-node`: a path to a node binary, or a major line (`20`, `24`): the running Node when it is on
 * that line, else that line installed from the npm registry by scripts/install-node.sh (for the production
 * line, the Docker image's exact version). Unset: the production runtime, the Docker image's Node.
 */
export function resolveNode(spec: string | undefined): NodeRuntime {
  const major = spec !== undefined && /^\d+$/.test(spec) ? spec : undefined;
  let path: string;
  if (spec !== undefined && major === undefined) {
    path = spec;
  } else if (major !== undefined && major === process.versions.node.split('.')[0]) {
    path = process.execPath;
  } else {
    const install = [join(PROJECT_ROOT, 'scripts/install-node.sh'), ...(major ? [major] : [])];
    path = execFileSync('bash', install, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  }
  return { path, version: execFileSync(path, ['-v'], { encoding: 'utf8' }).trim() };
}

/** How the gateway process is started: node arguments before the script, environment, and the options in effect. */
export interface GatewayLaunch {
  nodeArgs: string[];
  env: Record<string, string>;
  nodeOptions: string;
}

/**
 * Starts the gateway as the image's CMD does (`node --env-file=node-options.env`), so it runs with the
 * deployment's NODE_OPTIONS; `override` (even empty) replaces them, as a NODE_OPTIONS in the environment
 * does in a deployment (Node lets the environment win over the file).
 */
export function gatewayLaunch(override: string | undefined): GatewayLaunch {
  const fromFile = parseEnv(readFileSync(NODE_OPTIONS_FILE, 'utf8'))['NODE_OPTIONS'] ?? '';
  return {
    nodeArgs: [`--env-file=${NODE_OPTIONS_FILE}`],
    env: override === undefined ? {} : { NODE_OPTIONS: override },
    nodeOptions: override ?? fromFile,
  };
}

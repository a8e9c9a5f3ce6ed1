import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayProcess, PROJECT_ROOT } from './support/gateway-process.js';

/**
 * What the Dockerfile's runtime stage runs, run here from the build (`npm test` builds first): the CMD
 * `node dist/main.js` under NODE_ENV=production, the HEALTHCHECK `node dist/healthcheck.js`, SIGTERM from
 * tini, and a `dist/` that needs no devDependency (the image installs with --omit=dev).
 */
describe('the container image, run from dist/', () => {
  const dist = join(PROJECT_ROOT, 'dist');
  let gateway: GatewayProcess | undefined;
  beforeAll(() => {
    if (!existsSync(join(dist, 'main.js')))
      throw new Error('dist/main.js is missing: run `npm run build` (npm test does)');
  });
  afterAll(() => gateway?.kill());

  const healthcheck = (port: number) =>
    promisify(execFile)(process.execPath, ['dist/healthcheck.js'], {
      cwd: PROJECT_ROOT,
      env: { PORT: String(port) },
    }).then(
      () => 0,
      (error: { code?: number }) => error.code ?? -1,
    );

  it('starts in production mode, passes its healthcheck, answers, and exits 0 on SIGTERM', async () => {
    // On the sandbox on purpose (SANDBOX=true), which the first line warns about.
    gateway = GatewayProcess.start(['dist/main.js'], { NODE_ENV: 'production', SANDBOX: 'true' });
    const listening = await gateway.logLine('listening');
    expect(listening).toMatchObject({
      level: 40,
      graphiql: false,
      introspection: false,
      authMode: 'server',
      sandbox: true,
    });
    expect(listening['msg']).toMatch(
      /; SANDBOX=true in production: answers come from the embedded sandbox on .* \(made-up data\)$/,
    );
    const port = Number(listening['port']);

    expect(await healthcheck(port)).toBe(0);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ payment(id: "117") { id } }' }),
    });
    expect(await response.json()).toEqual({ data: { payment: { id: '117' } } });

    gateway.signal('SIGTERM');
    expect(await gateway.exited).toBe(0);
    expect(await healthcheck(port)).toBe(1);
  });

  it('imports only production dependencies and Node built-ins', () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const allowed = new Set([...Object.keys(manifest.dependencies), ...builtinModules]);
    const imported = new Set<string>();
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.js')) continue;
      for (const [, specifier] of readFileSync(join(dist, file), 'utf8').matchAll(
        /(?:from|import)\s*\(?\s*'([^'.][^']*)'/g,
      )) {
        imported.add(packageName(specifier ?? ''));
      }
    }

    expect([...imported].filter((name) => !allowed.has(name))).toEqual([]);
    expect(imported.has('graphql-yoga')).toBe(true);
  });
});

function packageName(specifier: string): string {
  const bare = specifier.replace(/^node:/, '');
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? bare);
}

/**
 * The sandbox stands alone: its modules import one another, Node's built-ins and npm packages, never the
 * gateway's code, so its tests show what the contract says and not what the gateway believes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SANDBOX_DIR = join(import.meta.dirname, '../../src/sandbox');

/** Every module specifier of a file: static imports and re-exports, and dynamic `import()`. */
function specifiers(source: string): string[] {
  const found = [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm)];
  return found.map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

describe('src/sandbox', () => {
  const files = readdirSync(SANDBOX_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

  it('imports nothing from outside itself but node built-ins and packages', () => {
    const outside = files.flatMap((file) =>
      specifiers(readFileSync(join(SANDBOX_DIR, file), 'utf8'))
        .filter((specifier) => specifier.startsWith('.') && !/^\.\/(?!.*\.\.\/)/.test(specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );

    expect(files.length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });

  it('finds the imports it checks', () => {
    const source = "import { z } from 'zod';\nimport type { A } from '../x.js';\nawait import('../y.js');";
    expect(specifiers(source)).toEqual(['zod', '../x.js', '../y.js']);
  });
});

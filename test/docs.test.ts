/**
 * Every citation points inside the repository: a clone has no tracker and no shared folder, so no file may
 * cite them, and every link and path the README and docs/ name must exist in the clone. Reads files only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const THIS_FILE = 'test/docs.test.ts';

/** What a clone holds: tracked files, plus new ones not yet committed (ignored ones, such as dist/, excluded). */
const FILES = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\0')
  .filter((file) => file !== '' && existsSync(join(ROOT, file)));
const FILE_SET = new Set(FILES);
const DIRECTORIES = new Set(
  FILES.flatMap((file) => {
    const parts = file.split('/');
    return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
  }),
);

const CITING_SCOPE = /^(?:src|test|bench|docs|schema)\/|^(?:README|CHANGELOG)\.md$/;
const DOCS_SCOPE = /^docs\/.*\.md$|^README\.md$/;

/** Citations a clone cannot follow. `../shared-state` (a folder of src/) is not the shared folder. */
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'the contract outside the repository', pattern: /CONTRACT\.md/ },
  { name: 'the shared folder', pattern: /\.\.\/shared(?![\w-])|shared\/upstream|\/work\/shared/ },
  { name: 'an issue or stop of the tracker', pattern: /\b(?:issue|stop)\s+#?\d+/i },
];

function text(file: string): string | undefined {
  const content = readFileSync(join(ROOT, file), 'utf8');
  return content.includes('\0') ? undefined : content;
}

function forbiddenCitations(file: string, content: string): string[] {
  return content
    .split('\n')
    .flatMap((line, index) =>
      FORBIDDEN.filter(({ pattern }) => pattern.test(line)).map(({ name }) => `${file}:${index + 1}: ${name}`),
    );
}

/** The prose of a Markdown file: fenced code blocks are examples (other repositories' files, wire bodies). */
function prose(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** GitHub's heading ids: tags and Markdown marks dropped, lower case, punctuation out, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  const found = new Set([...markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)].map((match) => match[1] ?? ''));
  const seen = new Map<string, number>();
  for (const line of prose(markdown)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .replace(/<[^>]*>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    found.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return found;
}

/** Inline links `[text](target)` and reference definitions `[name]: target`, outside code. */
const LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)|^\s*\[[^\]]+\]:\s*(\S+)/g;

/** Relative links whose file, or whose heading in a Markdown file, does not exist; web addresses are not followed. */
function brokenLinks(file: string, markdown: string): string[] {
  const links = prose(markdown).flatMap((line, index) =>
    [...line.replace(/`[^`]*`/g, '').matchAll(LINK)].map((match) => ({
      line: index + 1,
      target: match[1] ?? match[2] ?? '',
    })),
  );
  const isBroken = (target: string): boolean => {
    const [path = '', anchor] = target.split('#');
    const resolved = path === '' ? file : posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(path)));
    if (!FILE_SET.has(resolved) && !DIRECTORIES.has(resolved.replace(/\/$/, ''))) return true;
    if (anchor === undefined || !resolved.endsWith('.md')) return false;
    const linked = resolved === file ? markdown : readFileSync(join(ROOT, resolved), 'utf8');
    return !anchors(linked).has(decodeURIComponent(anchor));
  };
  return links
    .filter(({ target }) => !/^[a-z][a-z+.-]*:/i.test(target) && isBroken(target))
    .map(({ line, target }) => `${file}:${line}: ${target}`);
}

/** A path the docs cite: `src/`, `test/`, `bench/` or `docs/` and what follows, up to a space or a mark. */
const CITED_PATH = /(?<![\w./<>@-])(?:src|test|bench|docs)\/[^\s`'"()[\],;:|§#]*/g;
/** A link to a web address: its text names another repository's file (`docs/...` of BigCommerce's docs). */
const WEB_LINK = /\[[^\]]*\]\([a-z][a-z+.-]*:[^)]*\)/gi;

/** The cited paths of a Markdown file's prose and inline code, without a sentence's closing full stop. */
function citedPaths(markdown: string): { line: number; path: string }[] {
  return prose(markdown).flatMap((line, index) =>
    [...line.replace(WEB_LINK, '').matchAll(CITED_PATH)].map((match) => ({
      line: index + 1,
      path: match[0].replace(/\.+$/, '').replace(/\/$/, ''),
    })),
  );
}

/** A file or folder of the clone; in a pattern, `*` stands for part of a name and `<name>` for a whole one. */
function pathExists(path: string): boolean {
  if (!/[*<]/.test(path)) return FILE_SET.has(path) || DIRECTORIES.has(path);
  const pattern = path
    .split(/(\*\*|\*|<[^>]*>)/)
    .map((part) => {
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part.startsWith('<')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const glob = new RegExp(`^${pattern}(?:/|$)`);
  return FILES.some((file) => glob.test(file));
}

function missingPaths(file: string, markdown: string): string[] {
  const missing = citedPaths(markdown)
    .filter(({ path }) => !pathExists(path))
    .map(({ line, path }) => `${file}:${line}: ${path}`);
  return [...new Set(missing)];
}

describe('citations', () => {
  const citing = FILES.filter((file) => CITING_SCOPE.test(file) && file !== THIS_FILE);
  const docs = FILES.filter((file) => DOCS_SCOPE.test(file));

  it('reads the files it should', () => {
    expect(citing.length).toBeGreaterThan(200);
    expect(docs).toEqual(
      expect.arrayContaining(['README.md', 'docs/upstream-contract.md', 'docs/decisions/README.md']),
    );
  });

  it('cites nothing a clone lacks: the contract outside the repository, the shared folder, the tracker', () => {
    const found = citing.flatMap((file) => {
      const content = text(file);
      return content === undefined ? [] : forbiddenCitations(file, content);
    });
    expect(found).toEqual([]);
  });

  it('links README.md and docs/ only to files and headings that exist', () => {
    expect(docs.flatMap((file) => brokenLinks(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('names in README.md and docs/ only src/, test/, bench/ and docs/ paths that exist', () => {
    expect(docs.flatMap((file) => missingPaths(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });
});

describe('the checks find what they look for', () => {
  it('forbidden citations', () => {
    // Each sample is built from its parts, so that this file does not itself hold a citation a clone lacks.
    const lines = [
      ['see CONTRACT', '.md 5.1'],
      ['in ../shared', '/upstream'],
      ["from '../shared-state/x.js'"],
      ['Issue', ' #4'],
      ['stop', ' 9'],
    ].map((parts) => parts.join(''));
    expect(forbiddenCitations('x.md', lines.join('\n'))).toEqual([
      'x.md:1: the contract outside the repository',
      'x.md:2: the shared folder',
      'x.md:4: an issue or stop of the tracker',
      'x.md:5: an issue or stop of the tracker',
    ]);
  });

  it('broken links and anchors', () => {
    const markdown = [
      '## Upstream errors: `code`, and **why**',
      '[a](docs/nowhere.md) [b](#upstream-errors-code-and-why) [c](#gone) [d](https://example.com)',
      '[e](docs/upstream-contract.md#5.1) [f](docs/upstream-contract.md#99) [g](src/upstream/)',
      '```',
      '[h](ignored.md)',
      '```',
    ].join('\n');
    expect(brokenLinks('README.md', markdown)).toEqual([
      'README.md:2: docs/nowhere.md',
      'README.md:2: #gone',
      'README.md:3: docs/upstream-contract.md#99',
    ]);
  });

  it('missing paths, globs and placeholders', () => {
    const markdown = [
      'In `src/upstream/upstream-client.ts` and src/gateway.ts.',
      '`test/idempotency*.test.ts`, `src/schema/<type>/`, `test/nothing*.test.ts`, `docs/upstream-contract.md §5.1`',
      'examples/typed-client/src/gql is not ours to check; nor `<gateway>/schema/x`',
      'nor [`docs/other.yaml`](https://github.com/o/r/blob/c/docs/other.yaml), but [`docs/x.md`](docs/x.md) is',
    ].join('\n');
    expect(missingPaths('README.md', markdown)).toEqual([
      'README.md:1: src/upstream/upstream-client.ts',
      'README.md:2: test/nothing*.test.ts',
      'README.md:4: docs/x.md',
    ]);
  });
});

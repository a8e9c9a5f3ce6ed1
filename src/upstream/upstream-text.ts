/**
 * The one rule for upstream text (an error message, a field message): a client sees it only when it is
 * plainly a message for people, and never a credential or a piece of the upstream's insides. Anything else
 * gives way to the code's own message; the full text goes to the log, redacted.
 */
import type { Credentials } from '../credentials.js';

/** Longer upstream messages are not the short, documented texts worth passing on. */
const MAX_CLIENT_TEXT_LENGTH = 200;
/** A run of this many characters of a token is a piece of it, in any case. */
const TOKEN_FRAGMENT_LENGTH = 8;
/** How much of an upstream body one log line carries. */
const MAX_LOGGED_LENGTH = 2_000;

/** Shapes that say where something runs or lives: none of a client's business. */
const INTERNALS: readonly RegExp[] = [
  // Control characters and line breaks: a message is one line (a stack trace is several).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u001f\u007f\u2028\u2029]/,
  // A URL or any scheme://.
  /[a-z][a-z0-9+.-]*:\/\//i,
  // A host name: dotted labels ending in a label of two or more letters (api.example.com, db.internal).
  /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]\b/i,
  // host:port, IPv4 and IPv6 addresses, localhost.
  /\b[a-z0-9.-]+:\d{2,5}\b/i,
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/,
  /(?:[0-9a-f]{0,4}:){2,}[0-9a-f]{0,4}/i,
  /\blocalhost\b/i,
  // A file path, Unix or Windows, or a source file name.
  /(?:^|[\s(="'[,])(?:~|\.{1,2})?\/[\w.-]/,
  /\b[a-z]:\\/i,
  /\b[\w-]+\.(?:[cm]?js|tsx?|jsx|java|kt|py|rb|php|go|cs|scala|json|ya?ml|env|log|sql)\b/i,
  // A stack frame: "at fn (" or line:column.
  /\bat\s+\S+\s+\(/,
  /:\d+:\d+/,
];

/** The upstream's text when a client may see it; undefined otherwise. */
export function clientText(value: unknown, credentials: Credentials | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_CLIENT_TEXT_LENGTH) return undefined;
  if (INTERNALS.some((pattern) => pattern.test(value))) return undefined;
  if (credentials && secretRanges(value, credentials).length > 0) return undefined;
  return value;
}

/** Request ids as upstreams write them: UUIDs, hex digests, `sbx-000042`. Anything else is not an id. */
const REQUEST_ID = /^[A-Za-z0-9-]{1,128}$/;

/** The upstream's `X-Request-Id` when a client may see it: a plain id, no credential in it. */
export function clientRequestId(value: string | undefined, credentials: Credentials | undefined): string | undefined {
  if (value === undefined || !REQUEST_ID.test(value)) return undefined;
  return credentials && secretRanges(value, credentials).length > 0 ? undefined : value;
}

/** Field names the way both APIs write them (`lineItems.0.amount`, `providerData.1.key`). */
const FIELD_NAME = /^[A-Za-z0-9_.[\]-]{1,100}$/;

/** An upstream field name (a key of `fieldErrors`) when a client may see it: a plain path, no credential in it. */
export function clientFieldName(value: string, credentials: Credentials | undefined): string | undefined {
  if (!FIELD_NAME.test(value)) return undefined;
  return credentials && secretRanges(value, credentials).length > 0 ? undefined : value;
}

/** An upstream body for the log: every credential, and every piece of the token, replaced; length bounded. */
export function redactedText(text: string, credentials: Credentials | undefined): string {
  const cut = text.length > MAX_LOGGED_LENGTH ? text.slice(0, MAX_LOGGED_LENGTH) : text;
  let redacted = '';
  let from = 0;
  for (const [start, end] of credentials ? secretRanges(cut, credentials) : []) {
    redacted += `${cut.slice(from, start)}[redacted]`;
    from = end;
  }
  redacted += cut.slice(from);
  return text.length > cut.length ? `${redacted}… (${text.length - cut.length} more characters)` : redacted;
}

/**
 * Where `text` holds the store hash or the token, in any case, or a piece of the token at least
 * TOKEN_FRAGMENT_LENGTH long (a token cut in two is still a token); merged, in order.
 */
function secretRanges(text: string, credentials: Credentials): Array<[number, number]> {
  const lower = foldCase(text);
  const covered = new Uint8Array(text.length);
  const mark = (start: number, length: number) => covered.fill(1, start, start + length);
  for (const whole of [credentials.storeHash, credentials.authToken]) {
    const secret = foldCase(whole);
    for (let at = lower.indexOf(secret); secret !== '' && at !== -1; at = lower.indexOf(secret, at + 1)) {
      mark(at, secret.length);
    }
  }
  const pieces = new Set(windows(foldCase(credentials.authToken)));
  windows(lower).forEach((piece, at) => {
    if (pieces.has(piece)) mark(at, TOKEN_FRAGMENT_LENGTH);
  });
  const ranges: Array<[number, number]> = [];
  for (let at = 0; at < covered.length; at += 1) {
    if (!covered[at]) continue;
    const start = at;
    while (at < covered.length && covered[at]) at += 1;
    ranges.push([start, at]);
  }
  return ranges;
}

/** Every run of TOKEN_FRAGMENT_LENGTH characters, by where it starts. */
function windows(text: string): string[] {
  return Array.from({ length: Math.max(0, text.length - TOKEN_FRAGMENT_LENGTH + 1) }, (_, at) =>
    text.slice(at, at + TOKEN_FRAGMENT_LENGTH),
  );
}

/** ASCII letters to lower case, nothing else: positions in the folded text are positions in the text. */
function foldCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

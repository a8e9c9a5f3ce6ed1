import type { Dispatcher } from 'undici';

/** The code `transportFailure` in failures.ts maps a body over the cap from. */
export const BODY_TOO_LARGE = 'GATEWAY_BODY_TOO_LARGE';

class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
  readonly code = BODY_TOO_LARGE;

  constructor(maxBytes: number) {
    super(`upstream body over ${maxBytes} bytes`);
  }
}

/**
 * Reads a whole response body as text, but never more than `maxBytes`: a body announced or found to be larger
 * is abandoned (its connection closed) rather than held in memory. No page of the API comes near the cap.
 */
export async function readBodyText(
  body: Dispatcher.ResponseData['body'],
  contentLength: string | string[] | undefined,
  maxBytes: number,
): Promise<string> {
  if (Number(contentLength) > maxBytes) {
    body.destroy();
    throw new BodyTooLarge(maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    // Leaving the loop destroys the stream.
    if (size > maxBytes) throw new BodyTooLarge(maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

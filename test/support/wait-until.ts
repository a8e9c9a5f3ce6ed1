/**
 * Waits until `condition` holds, checking every 20 ms, for as long as a loaded machine may need (15 s);
 * for state that changes on its own, such as a client noticing that Redis went away.
 */
export async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  const giveUpAt = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startStack, type StackOptions, type TestStack } from './stack.js';

/**
 * One sandbox for the whole test file: started before its first test, closed after its last. Each test
 * gets a fresh gateway (no pacing, circuit, key or cache state left by an earlier test) and a sandbox
 * with no fault rules and an empty request log, so tests assert only their own calls, in any order.
 * Call at the top of a test file; the returned stack is usable inside tests and hooks.
 */
export function useFileStack(options?: StackOptions): TestStack {
  let started: TestStack | undefined;
  beforeAll(async () => {
    started = await startStack(options);
  });
  afterAll(() => started?.close());
  beforeEach(() => current().reset());

  const current = (): TestStack => {
    if (!started) throw new Error('the test stack is used before beforeAll started it');
    return started;
  };
  return {
    get gatewayUrl() {
      return current().gatewayUrl;
    },
    get sandbox() {
      return current().sandbox;
    },
    execute: (document, variables, headers) => current().execute(document, variables, headers),
    upstreamRequests: () => current().upstreamRequests(),
    resetUpstreamLog: () => current().resetUpstreamLog(),
    reset: () => current().reset(),
    close: () => current().close(),
  };
}

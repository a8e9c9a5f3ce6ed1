import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startStack, type StackOptions, type TestStack } from './stack.js';

/**
 * One stack for the whole test file: started before its first test, closed after its last. Before each
 * test the sandbox's fault rules and request log are cleared, so every test asserts only its own calls.
 * Call at the top of a test file; the returned stack is usable inside tests and hooks.
 */
export function useFileStack(options?: StackOptions): TestStack {
  let started: TestStack | undefined;
  beforeAll(async () => {
    started = await startStack(options);
  });
  afterAll(() => started?.close());
  beforeEach(() => {
    current().sandbox.faults.clear();
    current().resetUpstreamLog();
  });

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
    close: () => current().close(),
  };
}

/**
 * What the gateway's sandbox mode needs from the sandbox: main.ts imports this module dynamically, and only
 * in sandbox mode, so a gateway on a real API never loads sandbox code.
 */
export { parseSandboxSettings } from './settings.js';
export { startSandbox } from './server.js';

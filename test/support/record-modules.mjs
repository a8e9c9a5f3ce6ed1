// `node --import ./test/support/record-modules.mjs ...`: appends the URL of every module the process loads
// through the ES module loader to the file named by MODULE_LOG, so a test can see what a start loaded.
import { register } from 'node:module';

register('./record-modules-hooks.mjs', import.meta.url, { data: { file: process.env.MODULE_LOG } });

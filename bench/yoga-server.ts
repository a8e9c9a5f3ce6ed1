/**
 * The bench's Yoga baselines: the gateway's schema served by a bare `createYoga` on node:http, with none of
 * the gateway's layers (no context factory, plugins, limits or request log). `--lean` also turns off Yoga's
 * request-body-size stream (`maxRequestBodySize: false`), which the gateway replaces with a Content-Length
 * check: what Yoga itself costs per request.
 *
 * Usage: node bench/build/bench/yoga-server.js [--lean]   (compiled by bench/tsconfig.build.json)
 * Prints `Yoga on <url>` once listening; stops on SIGTERM.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createYoga } from 'graphql-yoga';
import { schema } from '../src/schema/index.js';
import { serveForBench } from './serve.js';

const { values } = parseArgs({ options: { lean: { type: 'boolean', default: false } } });
const yoga = createYoga({ schema, ...(values.lean && { maxRequestBodySize: false }) });
serveForBench(createServer(yoga), 'Yoga');

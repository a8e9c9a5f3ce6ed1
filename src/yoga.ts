import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { UpstreamReportMode } from './config.js';
import { createContextFactory, type ContextDependencies, type GatewayContext } from './context.js';
import { maskError } from './graphql-errors.js';
import { DEFAULT_MAX_REQUEST_BODY_BYTES, useRequestBodyLimit } from './request-body-limit-plugin.js';
import { schema } from './schema/index.js';
import { useUpstreamReport } from './upstream-report-plugin.js';

/** The operation GraphiQL opens with: one payment with everything, in one round trip. */
export const EXAMPLE_OPERATION = `# One payment with its line items, transactions and allowed operations.
query PaymentWithEverything {
  payment(id: "117") {
    id
    processingStatus
    total { currencyCode value }
    lineItems { invoiceId invoiceNumber amount { currencyCode value } }
    transactions { type }
    operations { allowedOperations allowedStatuses }
  }
}
`;

export interface AppOptions extends ContextDependencies {
  /** Who gets `extensions.upstream`; `on-request` when absent. */
  upstreamReport?: UpstreamReportMode;
}

/**
 * Builds the gateway as a fetch-style handler (also a Node request listener); starts nothing. Lives as
 * long as the server using it.
 */
export function createApp(options: AppOptions) {
  return createYoga<Record<string, never>, GatewayContext>({
    schema,
    context: createContextFactory(options),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // GraphiQL's assets are bundled and served from here: deployments are often offline.
    renderGraphiQL,
    graphiql: { title: 'B2B payments gateway', defaultQuery: EXAMPLE_OPERATION },
    maskedErrors: { maskError },
    logging: false,
    // Replaced by useRequestBodyLimit: the same limit without streaming every body through a counter.
    maxRequestBodySize: false,
    plugins: [
      useRequestBodyLimit(DEFAULT_MAX_REQUEST_BODY_BYTES),
      useUpstreamReport(options.upstreamReport ?? 'on-request'),
    ],
  });
}

export type App = ReturnType<typeof createApp>;

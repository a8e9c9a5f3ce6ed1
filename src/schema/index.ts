import { builder } from './builder.js';
import { describeFederationPlumbing } from './federation-plumbing.js';
import './payment.js';
import './payment-list.js';
import './federation-payments.js';
import './transaction-recording.js';
import './payment-mutations.js';

/**
 * The gateway's schema, built once at start from the domain modules imported above: a Federation 2
 * subgraph (`_entities`, `_service`), which also serves clients directly.
 */
export const schema = describeFederationPlumbing(builder.toSubGraphSchema({}));

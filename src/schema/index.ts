import { builder } from './builder.js';
import './payment.js';
import './payment-list.js';
import './payment-mutations.js';

/** The gateway's schema, built once at start from the domain modules imported above. */
export const schema = builder.toSchema({ sortSchema: false });

import type { ObjectRef } from '@pothos/core';
import type { GatewayContext } from '../../context.js';
import { builder, type BuilderTypes } from '../builder.js';
import { parsePositiveId } from '../inputs.js';
import {
  PaymentConnectionRef,
  offsetPageArgs,
  pageWindow,
  type PageWindow,
  type PaymentConnectionShape,
} from '../payment/connection.js';
import { paymentListFilters, paymentSortArgs, type PaymentListFilters } from '../payment/filters.js';
import { PaymentRef } from '../payment/payment.js';

/** All this subgraph holds of an entity another subgraph owns: its id, a positive integer upstream. */
export interface EntityKey {
  id: number;
}

/**
 * An entity another subgraph owns, held here as its id only, so this subgraph can return it and add
 * fields to it. Federation 2 needs no `@extends`: the `@key` alone lets the supergraph join the subgraphs.
 * A representation's id is checked before any field of the entity can call upstream.
 */
export function referencedEntity(
  name: string,
  options: { description: string; idDescription: string },
): ObjectRef<BuilderTypes, EntityKey> {
  const ref = builder.objectRef<EntityKey>(name).implement({
    description: options.description,
    fields: (t) => ({
      id: t.id({ description: options.idDescription, resolve: (entity) => String(entity.id) }),
    }),
  });
  builder.asEntity(ref, {
    key: builder.selection<{ id: string }>('id'),
    // Async, so a bad id fails its own representation rather than the whole `_entities` list.
    resolveReference: async (reference) => ({ id: parsePositiveId(reference.id, `${name}.id`) }),
  });
  return ref;
}

/** Reads one window of an entity's payments, sorted as asked. */
type EntityPayments<Key> = (
  key: Key,
  window: PageWindow,
  sort: PaymentListFilters,
  context: GatewayContext,
) => Promise<PaymentConnectionShape>;

/**
 * Adds a `payments` connection to an entity another subgraph owns, paged and sorted like `Query.payments`;
 * `load` reads the entity's payments.
 */
export function contributePayments<Key>(
  entity: ObjectRef<BuilderTypes, Key>,
  description: string,
  load: EntityPayments<Key>,
): void {
  builder.objectField(entity, 'payments', (t) =>
    t.connection(
      {
        type: PaymentRef,
        description,
        args: { ...offsetPageArgs(), ...paymentSortArgs() },
        resolve: (key, args, context) => load(key, pageWindow(args), paymentListFilters(args), context),
      },
      PaymentConnectionRef,
    ),
  );
}

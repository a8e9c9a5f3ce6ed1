import type { BuilderTypes } from './builder.js';

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;

/**
 * The `idempotencyKey` field of every write's input: the same key again returns the first result
 * instead of writing twice (src/idempotency/with-idempotency.ts).
 */
export const idempotencyKeyField = (t: InputFieldBuilder) =>
  t.string({
    required: false,
    description:
      'Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too.',
  });

import type { EnumRef } from '@pothos/core';
import { builder, type BuilderTypes } from '../builder.js';
import { UNKNOWN_CODE } from '../inputs.js';

export interface CodeEnumValue {
  code: number;
  description: string;
}

export interface CodeEnum {
  ref: EnumRef<BuilderTypes, number, number>;
  /** The enum's internal value for an upstream code: the code itself if known, else `UNKNOWN_CODE`. */
  fromCode(code: number): number;
}

/**
 * A GraphQL enum over one of the upstream's numeric codes (docs/upstream-contract.md §2.8). Every such enum gets an
 * `UNKNOWN` value, so a number the upstream adds later reads as `UNKNOWN` (with the raw code in a
 * sibling `...Code` field) instead of failing the query.
 */
export function defineCodeEnum(name: string, description: string, values: Record<string, CodeEnumValue>): CodeEnum {
  const known = new Set(Object.values(values).map((value) => value.code));
  const ref = builder.enumType(name, {
    description,
    values: {
      ...Object.fromEntries(
        Object.entries(values).map(([key, value]) => [
          key,
          { value: value.code, description: `${value.description} (upstream code ${value.code})` },
        ]),
      ),
      UNKNOWN: {
        value: UNKNOWN_CODE,
        description: 'A code this gateway does not know yet; the raw number is in the sibling `...Code` field.',
      },
    },
  }) as unknown as EnumRef<BuilderTypes, number, number>;
  return { ref, fromCode: (code) => (known.has(code) ? code : UNKNOWN_CODE) };
}

import { expect, it } from 'vitest';
import { SchemaDescriptionsDocument } from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';

const stack = useFileStack();

/**
 * GraphQL's own types and scalars, and the federation plumbing (`_entities`, `_service`, `_Any`, ...):
 * described by their specs, not by this schema.
 */
const isBuiltIn = (name: string) => name.startsWith('_') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(name);

const undescribed = (description: string | null | undefined) => description == null || description.trim() === '';

it('describes every type, field, argument, input field and enum value (introspection over HTTP)', async () => {
  const { body } = await stack.execute(SchemaDescriptionsDocument);
  const schema = body.data?.__schema;
  if (!schema) throw new Error(`no schema: ${JSON.stringify(body)}`);

  const missing: string[] = [];
  for (const type of schema.types.filter((candidate) => !isBuiltIn(candidate.name ?? ''))) {
    if (undescribed(type.description)) missing.push(`type ${type.name}`);
    for (const field of (type.fields ?? []).filter((candidate) => !isBuiltIn(candidate.name))) {
      if (undescribed(field.description)) missing.push(`field ${type.name}.${field.name}`);
      for (const arg of field.args) {
        if (undescribed(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    }
    for (const field of type.inputFields ?? []) {
      if (undescribed(field.description)) missing.push(`input field ${type.name}.${field.name}`);
    }
    for (const value of type.enumValues ?? []) {
      if (undescribed(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
    }
  }
  for (const directive of schema.directives) {
    if (undescribed(directive.description)) missing.push(`directive @${directive.name}`);
    for (const arg of directive.args) {
      if (undescribed(arg.description)) missing.push(`argument @${directive.name}(${arg.name})`);
    }
  }

  expect(missing).toEqual([]);
  // The walk saw the whole schema, mutations and their inputs included.
  expect(schema.types.map((type) => type.name)).toEqual(
    expect.arrayContaining(['Mutation', 'CreateOfflinePaymentInput', 'MutationError', 'PaymentSortField', 'PageInfo']),
  );
});

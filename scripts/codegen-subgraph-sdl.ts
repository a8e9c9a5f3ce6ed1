import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/**
 * A graphql-codegen plugin that prints the subgraph SDL: the schema with its federation `@link` and
 * `@key`s and without the federation plumbing (`_entities`, `_service`), byte for byte what
 * `{ _service { sdl } }` answers and what composition tools (rover, Hive CLI) read.
 */
export const plugin = (schema: GraphQLSchema): string => `${printSubgraphSchema(schema)}\n`;

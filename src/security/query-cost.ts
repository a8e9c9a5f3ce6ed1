import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_SCAN_PAGES } from '../loaders/payment-loaders.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/payment/connection.js';

/**
 * What one query costs, computed before anything runs:
 *
 *   cost = Σ over every field selection of  resolutions × (1 + UPSTREAM_CALL_WEIGHT × upstream calls)
 *
 * where `resolutions` is how often the field resolves: the product of the page sizes of the connections
 * above it (`first`/`last`/`limit`, 10 when absent, as the resolver defaults; capped at 250, above which
 * the resolver refuses the page anyway). Lists without page arguments (line items, transactions) are
 * data already in hand and count once. A field "makes an upstream call" when its resolver may call the
 * REST API for it: root fields (each mutation writes upstream) and the fields listed below. Federation's
 * `_entities` resolves once per distinct representation, each a possible detail call, so it weighs as that many.
 * A call is charged once per selection set, however many of its fields are selected. The figure is an
 * estimate of the calls a query makes against an API that answers as documented: loaders often answer
 * from a record already loaded, and the one call it leaves out is noted below.
 * Introspection fields cost nothing here; INTROSPECTION_ENABLED governs them.
 */
export const UPSTREAM_CALL_WEIGHT = 200;

/**
 * Non-root fields whose resolver may call upstream, by schema coordinate, to the call they make and how many of it at
 * most. The detail fields (`details`, `fees`, `moduleData`) and `operations` are not here: they are answered from the
 * record the payment was read with (its detail call, or a list page, which carries them), so they cost nothing. A
 * list page whose items lack them costs one detail call per payment that selects them: not charged, since the
 * documented list example carries them (docs/upstream-contract.md §2.1, §7.22). `Company.payments` scans the company
 * id's keyword matches, up to MAX_SCAN_PAGES pages (src/loaders/).
 */
const UPSTREAM_CALLS: Readonly<Record<string, { call: string; count: number }>> = {
  'Payment.transactions': { call: 'listPaymentTransactions', count: 1 },
  'Invoice.payments': { call: 'listPayments', count: 1 },
  'Company.payments': { call: 'scanCompanyPayments', count: MAX_SCAN_PAGES },
};

const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

/** Computes the cost of one validated operation with its coerced variables. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walker = new CostWalker(schema, fragments, variables);
  return walker.selectionSetCost(operation.selectionSet, root, 1, true);
}

/** A field selection and the type it is selected on (its fragment's type condition, if any). */
interface SelectedField {
  node: FieldNode;
  definition: GraphQLField<unknown, unknown>;
  parent: GraphQLNamedType;
}

class CostWalker {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selectionSetCost(
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType,
    resolutions: number,
    isRoot: boolean,
  ): number {
    const callsCharged = new Set<string>();
    let cost = 0;
    for (const { node, definition, parent } of this.collectFields(selectionSet, type)) {
      const upstream = isRoot
        ? { call: `root:${node.alias?.value ?? node.name.value}`, count: 1 }
        : UPSTREAM_CALLS[`${parent.name}.${node.name.value}`];
      const charged = upstream !== undefined && !callsCharged.has(upstream.call);
      if (upstream !== undefined) callsCharged.add(upstream.call);
      const fieldResolutions = resolutions * (isRoot ? this.representationCount(node, definition) : 1);
      cost += fieldResolutions * (1 + (charged ? UPSTREAM_CALL_WEIGHT * upstream.count : 0));
      cost += this.childrenCost(node, definition, fieldResolutions);
    }
    return cost;
  }

  private childrenCost(field: FieldNode, definition: GraphQLField<unknown, unknown>, resolutions: number): number {
    const type = getNamedType(definition.type);
    if (!field.selectionSet || !isCompositeType(type)) return 0;
    const pageSize = this.pageSize(field, definition);
    if (pageSize === undefined) return this.selectionSetCost(field.selectionSet, type, resolutions, false);
    // A connection: its list fields (edges, nodes) resolve once per item of the page; the rest once.
    let cost = 0;
    for (const child of this.collectFields(field.selectionSet, type)) {
      const isList = isListType(getNullableType(child.definition.type));
      cost +=
        resolutions + this.childrenCost(child.node, child.definition, isList ? resolutions * pageSize : resolutions);
    }
    return cost;
  }

  /**
   * How many entities `_entities` resolves: one per distinct representation, since the detail loader makes
   * one call per distinct payment however often a supergraph repeats it; 1 for every other root field.
   */
  private representationCount(field: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    if (definition.name !== '_entities') return 1;
    const { representations } = getArgumentValues(definition, field, this.variables);
    return Array.isArray(representations) ? new Set(representations.map((item) => JSON.stringify(item))).size : 1;
  }

  /** The page size a field asks for, or undefined when it takes no page-size argument. */
  private pageSize(field: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
    if (!definition.args.some((arg) => (PAGE_SIZE_ARGUMENTS as readonly string[]).includes(arg.name))) return undefined;
    const args = getArgumentValues(definition, field, this.variables);
    const asked = PAGE_SIZE_ARGUMENTS.map((name) => args[name]).find((value) => typeof value === 'number');
    if (typeof asked !== 'number' || asked < 1) return DEFAULT_PAGE_SIZE;
    return Math.min(asked, MAX_PAGE_SIZE);
  }

  /**
   * The fields of a selection set with fragments spread in, each with the type it is selected on. Every
   * type condition counts (an upper bound); introspection fields are left out.
   */
  private collectFields(
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType,
    seen = new Set<string>(),
  ): SelectedField[] {
    const fields: SelectedField[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition =
          isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (definition && !selection.name.value.startsWith('__'))
          fields.push({ node: selection, definition, parent: type });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fields.push(
          ...this.collectFields(selection.selectionSet, this.conditionType(selection.typeCondition, type), seen),
        );
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = this.fragments.get(selection.name.value);
        if (fragment)
          fields.push(
            ...this.collectFields(fragment.selectionSet, this.conditionType(fragment.typeCondition, type), seen),
          );
      }
    }
    return fields;
  }

  private conditionType(condition: NamedTypeNode | undefined, fallback: GraphQLNamedType): GraphQLNamedType {
    return (condition && this.schema.getType(condition.name.value)) ?? fallback;
  }
}

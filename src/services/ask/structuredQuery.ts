import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  Kind,
  OperationTypeNode,
  parse,
  print,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The structured query an answer shows (the GraphQL request giving the same result), built as a
 * GraphQL document and printed on one line. Values are AST nodes printed by graphql-js, so user text
 * is always an escaped GraphQL string literal; selections are fixed documents parsed once.
 */

/** A GraphQL argument value; `undefined` leaves the argument or object field out. */
export type Value = ValueNode | undefined;

export const string = (value: string): ValueNode => ({ kind: Kind.STRING, value });
export const int = (value: number): ValueNode => ({ kind: Kind.INT, value: String(value) });
/** An enum value such as a kind of actor (a name from the schema, never user text). */
export const enumValue = (name: string): ValueNode => ({ kind: Kind.ENUM, value: name });
export const list = (values: readonly ValueNode[]): ValueNode => ({ kind: Kind.LIST, values });

/** An input object of the fields that have a value; undefined when none has. */
export function object(fields: Record<string, Value>): ValueNode | undefined {
  const present = Object.entries(fields).filter((entry): entry is [string, ValueNode] => entry[1] !== undefined);
  if (present.length === 0) return undefined;
  return {
    kind: Kind.OBJECT,
    fields: present.map(([name, value]) => ({ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: name }, value })),
  };
}

/** The selection set of a fixed text such as `{ actor { id name } score }`. */
export function selection(text: string): SelectionSetNode {
  const [definition] = parse(text).definitions;
  if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`not a selection set: ${text}`);
  return definition.selectionSet;
}

/** A query of one root field, its arguments in the order given (those without a value left out). */
export function query(name: string, args: Record<string, Value>, selectionSet: SelectionSetNode): DocumentNode {
  const argumentNodes: ArgumentNode[] = Object.entries(args)
    .filter((entry): entry is [string, ValueNode] => entry[1] !== undefined)
    .map(([argName, value]) => ({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: argName }, value }));
  const field: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, arguments: argumentNodes, selectionSet };
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
      },
    ],
  };
}

/**
 * A query document on one line, as `{ field(arg: value) { a b { c } } }`: graphql-js `print` lays
 * long argument lists over several lines, so only values go through it.
 */
export function printOneLine(document: DocumentNode): string {
  const [operation] = document.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('expected one query');
  return printSelectionSet(operation.selectionSet);
}

function printSelectionSet(set: SelectionSetNode): string {
  return `{ ${set.selections.map(printField).join(' ')} }`;
}

function printField(node: SelectionSetNode['selections'][number]): string {
  if (node.kind !== Kind.FIELD) throw new Error('fragments are not printed on one line');
  const args = node.arguments?.length ? `(${node.arguments.map((arg) => `${arg.name.value}: ${print(arg.value)}`).join(', ')})` : '';
  return `${node.name.value}${args}${node.selectionSet ? ` ${printSelectionSet(node.selectionSet)}` : ''}`;
}

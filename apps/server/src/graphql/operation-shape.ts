import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

/** What an operation asks for once its fragments are expanded. */
export interface OperationShape {
  /** Nesting of fields below the root (`{ a { b } }` is 1); introspection fields are not descended into. */
  depth: number;
  /** Fields selected, counting every expansion of a fragment. */
  fields: number;
  aliases: number;
  /** Fields selected on the root type. */
  rootFields: number;
}

interface LocalShape {
  shape: OperationShape;
  spreads: Array<{ name: string; level: number }>;
}

const EMPTY: OperationShape = { depth: 0, fields: 0, aliases: 0, rootFields: 0 };

/** One selection set without following fragment spreads, walked with an explicit stack (no recursion). */
function localShape(selectionSet: SelectionSetNode): LocalShape {
  const shape = { ...EMPTY };
  const spreads: LocalShape["spreads"] = [];
  const stack = [{ set: selectionSet, level: 0 }];
  while (stack.length) {
    const { set, level } = stack.pop()!;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        shape.fields++;
        if (selection.alias) shape.aliases++;
        if (level === 0) shape.rootFields++;
        shape.depth = Math.max(shape.depth, level);
        // __schema and __type are governed by the introspection setting, not by depth.
        if (selection.selectionSet && !selection.name.value.startsWith("__"))
          stack.push({ set: selection.selectionSet, level: level + 1 });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        stack.push({ set: selection.selectionSet, level });
      } else {
        spreads.push({ name: selection.name.value, level });
      }
    }
  }
  return { shape, spreads };
}

function combine(local: LocalShape, totalOf: (name: string) => OperationShape): OperationShape {
  const shape = { ...local.shape };
  for (const { name, level } of local.spreads) {
    const fragment = totalOf(name);
    shape.depth = Math.max(shape.depth, level + fragment.depth);
    shape.fields += fragment.fields;
    shape.aliases += fragment.aliases;
    if (level === 0) shape.rootFields += fragment.rootFields;
  }
  return shape;
}

/**
 * The shape of every operation of a document. Each fragment is measured once (memoised) in an iterative post-order
 * walk, so neither deep nesting, fragments spread many times, nor fragment cycles (counted as empty here; graphql's
 * NoFragmentCycles rule reports them) can exhaust the stack or take exponential time.
 */
export function operationShapes(document: DocumentNode): Map<OperationDefinitionNode, OperationShape> {
  const locals = new Map<string, LocalShape>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !locals.has(definition.name.value))
      locals.set(definition.name.value, localShape(definition.selectionSet));
  }
  const totals = new Map<string, OperationShape>();
  const onPath = new Set<string>();
  const totalOf = (name: string) => totals.get(name) ?? EMPTY;
  for (const start of locals.keys()) {
    const stack = [start];
    while (stack.length) {
      const name = stack[stack.length - 1]!;
      const local = locals.get(name);
      if (totals.has(name) || !local) {
        stack.pop();
      } else if (!onPath.has(name)) {
        onPath.add(name);
        for (const spread of local.spreads)
          if (!totals.has(spread.name) && !onPath.has(spread.name)) stack.push(spread.name);
      } else {
        totals.set(name, combine(local, totalOf));
        onPath.delete(name);
        stack.pop();
      }
    }
  }
  const shapes = new Map<OperationDefinitionNode, OperationShape>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      shapes.set(definition, combine(localShape(definition.selectionSet), totalOf));
  }
  return shapes;
}

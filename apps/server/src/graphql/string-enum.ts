import { registerEnumType } from "type-graphql";

/** The object type-graphql registers: every value is its own GraphQL name. */
export type StringEnum<T extends string> = { readonly [K in T]: K };

/**
 * Registers a closed set of stored strings as a GraphQL enum whose value names are the strings themselves, so the
 * database, exports and URLs keep their words while GraphQL validates them and codegen types the web app with them.
 * Every value must be a GraphQL name ([_A-Za-z][_0-9A-Za-z]*); registering fails at start-up otherwise.
 */
export function stringEnum<const T extends string>(
  values: readonly T[],
  name: string,
  description: string,
): StringEnum<T> {
  const object = Object.fromEntries(values.map((value) => [value, value])) as StringEnum<T>;
  registerEnumType(object, { name, description });
  return object;
}

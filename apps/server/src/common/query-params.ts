import { badInput } from "./app-error";

/** A repeatable query parameter as a list (?county=BH&county=CJ). */
export const queryList = (value: unknown): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/** The values of a repeatable parameter, each checked against a closed set; throws naming the field otherwise. */
export function queryChoices<T extends string>(value: unknown, allowed: readonly T[], field: string): T[] {
  const given = queryList(value);
  const wrong = given.filter((v) => !(allowed as readonly string[]).includes(v));
  if (wrong.length)
    throw badInput(`The ${field} filter is not valid.`, [
      { field, code: "INVALID_VALUE", message: `"${wrong[0]}" is not one of ${allowed.join(", ")}` },
    ]);
  return given as T[];
}

/** One value of a closed set, or the fallback when the parameter is absent. */
export function queryChoice<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  fallback: T,
): T {
  return value === undefined ? fallback : (queryChoices(value, allowed, field)[0] ?? fallback);
}

/** true, false, or null when absent. */
export function queryBoolean(value: unknown, field: string): boolean | null {
  if (value === undefined) return null;
  return queryChoice(value, ["true", "false"], field, "true") === "true";
}

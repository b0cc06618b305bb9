import { getMetadataStorage, type ValidationError } from "class-validator";
import type { FieldError, FieldProblem } from "../common/app-error";

/** The class-validator constraints the input types use (their keys in `ValidationError.constraints`). */
type ConstraintKey = "isEmail" | "isLength" | "maxLength" | "min" | "max" | "isIn" | "nestedValidation";

const count = (value: unknown) => Number(value);

/** Each constraint as a problem code, with its arguments (the decorator's constraints) as the code's params. */
const PROBLEM_OF: Readonly<Record<ConstraintKey, (constraints: readonly unknown[]) => FieldProblem>> = {
  isEmail: () => ({ code: "INVALID_EMAIL" }),
  isLength: ([min, max]) => ({ code: "LENGTH", params: { min: count(min), max: count(max) } }),
  maxLength: ([max]) => ({ code: "TOO_LONG", params: { max: count(max) } }),
  min: ([min]) => ({ code: "TOO_SMALL", params: { min: count(min) } }),
  max: ([max]) => ({ code: "TOO_LARGE", params: { max: count(max) } }),
  isIn: ([allowed]) => ({
    code: "NOT_ONE_OF",
    params: { allowed: Array.isArray(allowed) ? allowed.join(", ") : String(allowed) },
  }),
  nestedValidation: () => ({ code: "INVALID_VALUE" }),
};

const isConstraintKey = (key: string): key is ConstraintKey => Object.hasOwn(PROBLEM_OF, key);

/** The arguments a property's decorator was given (`@MaxLength(254)` gives `[254]`), from class-validator's registry. */
function constraintsOf(target: object | undefined, property: string, key: string): readonly unknown[] {
  if (!target) return [];
  return (
    getMetadataStorage()
      .getTargetValidationMetadatas(target.constructor, "", false, false)
      .find((m) => m.propertyName === property && m.name === key)?.constraints ?? []
  );
}

/**
 * type-graphql's validation errors as field errors with codes (nested inputs as `input.email`), never echoing the
 * input back. A constraint without a code here is reported as INVALID_VALUE and named in `unmapped`.
 */
export function validationFieldErrors(
  errors: readonly ValidationError[],
  unmapped: (key: string) => void,
  prefix = "",
): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([key, message]): FieldError => {
      if (!isConstraintKey(key)) {
        unmapped(key);
        return { field, message, code: "INVALID_VALUE" };
      }
      return { field, message, ...PROBLEM_OF[key](constraintsOf(error.target, error.property, key)) };
    });
    return [...own, ...validationFieldErrors(error.children ?? [], unmapped, field)];
  });
}

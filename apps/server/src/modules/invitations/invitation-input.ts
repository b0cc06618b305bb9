import type { CountyCode } from "@smi/questionnaire";
import { badInput, type FieldError } from "../../common/app-error";
import { isUuid } from "../../common/ids";

export const MAX_IDS = 5000;

/** Malformed ids are the caller's mistake (BAD_USER_INPUT), unlike well-formed ids that match nothing. */
export function checkIds(ids: string[], field: string): string[] {
  if (ids.length > MAX_IDS)
    throw badInput(`At most ${MAX_IDS} ids at once.`, [
      { field, code: "TOO_MANY_ITEMS", params: { max: MAX_IDS }, message: "too many" },
    ]);
  if (!ids.length)
    throw badInput("The list of ids is empty.", [
      { field, code: "LIST_EMPTY", message: "must not be empty" },
    ]);
  const problems: FieldError[] = ids.flatMap((id, i) =>
    isUuid(id)
      ? []
      : [
          {
            field: `${field}[${i}]`,
            code: "NOT_AN_ID",
            params: { value: id.slice(0, 40) },
            message: `"${id.slice(0, 40)}" is not a valid id`,
          },
        ],
  );
  if (problems.length) throw badInput(`${problems.length} of the ids are not valid.`, problems);
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/** An empty or omitted list of counties means all seven. */
export const countiesOrAll = (counties?: readonly CountyCode[] | null): CountyCode[] | undefined =>
  counties?.length ? [...counties] : undefined;

export function checkExpiry(expiresAt: Date | null | undefined, now = new Date()): Date | null {
  if (!expiresAt) return null;
  if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) {
    throw badInput("The expiry date must be in the future.", [
      { field: "expiresAt", code: "NOT_IN_FUTURE", message: "must be in the future" },
    ]);
  }
  return expiresAt;
}

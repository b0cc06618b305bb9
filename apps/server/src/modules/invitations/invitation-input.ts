import { isLocale, parseCounty, type CountyCode, type Locale } from "@smi/questionnaire";
import { badInput, type FieldError } from "../../common/app-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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
    UUID.test(id)
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

export function checkCounties(counties: string[] | undefined, field: string): CountyCode[] | undefined {
  if (!counties?.length) return undefined;
  const parsed = counties.map((c) => parseCounty(c));
  const unknown = counties.filter((_, i) => parsed[i] === null);
  if (unknown.length) {
    throw badInput(`Unknown county: ${unknown.join(", ")}.`, [
      {
        field,
        code: "UNKNOWN_COUNTY",
        params: { value: unknown.join(", ") },
        message: "must be county codes of the study area, such as BH",
      },
    ]);
  }
  return parsed as CountyCode[];
}

export function checkLocale(locale: string): Locale {
  if (!isLocale(locale))
    throw badInput(`Unknown language "${locale}".`, [
      { field: "locale", code: "NOT_ONE_OF", params: { allowed: "ro, en" }, message: "must be ro or en" },
    ]);
  return locale;
}

export function checkExpiry(expiresAt: Date | null | undefined, now = new Date()): Date | null {
  if (!expiresAt) return null;
  if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) {
    throw badInput("The expiry date must be in the future.", [
      { field: "expiresAt", code: "NOT_IN_FUTURE", message: "must be in the future" },
    ]);
  }
  return expiresAt;
}

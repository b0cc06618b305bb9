import {
  CONSISTENCY_RULE_IDS,
  isConsistencyRuleId,
  isSmiConfigurationId,
  parseCounty,
  SIZE_CLASSES,
  type ConsistencyRuleId,
  type CountyCode,
  type SizeClass,
  type SmiConfigurationId,
} from "@smi/questionnaire";
import { GROUPING_LEVELS, type Grouping } from "@smi/analysis";
import { badInput, type FieldError } from "../../common/app-error";
import { stringEnum } from "../../graphql/string-enum";
import type { AnalysisRows } from "./analysis-rows";

/** In a consistency filter: the responses that break no consistency rule. */
export const NO_FLAG = "none";
export type ConsistencyChoice = ConsistencyRuleId | typeof NO_FLAG;
export const ConsistencyChoiceEnum = stringEnum<ConsistencyChoice>(
  [...CONSISTENCY_RULE_IDS, NO_FLAG],
  "ConsistencyChoice",
  "A consistency rule (responses it flagged) or none (responses without a flag).",
);

/** Which responses an analysis covers: those a researcher has not excluded (the default), or all of them. */
export const RESPONSE_INCLUSIONS = ["included", "all"] as const;
export type ResponseInclusion = (typeof RESPONSE_INCLUSIONS)[number];
export const ResponseInclusionEnum = stringEnum<ResponseInclusion>(
  RESPONSE_INCLUSIONS,
  "ResponseInclusion",
  "included: the submitted responses no researcher excluded (the default); all: excluded ones too.",
);

/** Which submitted responses an analysis or export covers. Empty lists mean "all". */
export interface ResponseFilter {
  counties: CountyCode[];
  sizeClasses: SizeClass[];
  configurations: SmiConfigurationId[];
  /** Responses flagged by any of these rules, or without a flag for `none`. */
  consistency: ConsistencyChoice[];
  submittedFrom: Date | null;
  submittedTo: Date | null;
  inclusion: ResponseInclusion;
}

export interface RawResponseFilter {
  counties?: readonly string[] | null;
  sizeClasses?: readonly string[] | null;
  configurations?: readonly string[] | null;
  consistency?: readonly string[] | null;
  submittedFrom?: Date | string | null;
  submittedTo?: Date | string | null;
  inclusion?: string | null;
}

/**
 * Validates a filter from a query string or a saved analysis, naming each bad value (GraphQL has checked the
 * values of its enums already; the dates are checked here for every source). An omitted filter and an explicit
 * null (which generated clients send) both mean every response.
 */
export function parseResponseFilter(given?: RawResponseFilter | null): ResponseFilter {
  const raw = given ?? {};
  const errors: FieldError[] = [];
  const counties = (raw.counties ?? []).map((c) => {
    const code = parseCounty(c);
    if (!code)
      errors.push({
        field: "counties",
        code: "UNKNOWN_COUNTY",
        params: { value: c },
        message: `"${c}" is not one of the seven counties`,
      });
    return code!;
  });
  const sizeClasses = (raw.sizeClasses ?? []).filter((s): s is SizeClass => {
    const ok = (SIZE_CLASSES as readonly string[]).includes(s);
    if (!ok)
      errors.push({
        field: "sizeClasses",
        code: "UNKNOWN_SIZE_CLASS",
        params: { value: s },
        message: `"${s}" is not micro, small, medium or large`,
      });
    return ok;
  });
  const configurations = (raw.configurations ?? []).filter((c): c is SmiConfigurationId => {
    const ok = isSmiConfigurationId(c);
    if (!ok)
      errors.push({
        field: "configurations",
        code: "UNKNOWN_CONFIGURATION",
        params: { value: c },
        message: `"${c}" is not a known configuration`,
      });
    return ok;
  });
  const consistency = (raw.consistency ?? []).filter((c): c is ConsistencyChoice => {
    const ok = c === NO_FLAG || isConsistencyRuleId(c);
    if (!ok)
      errors.push({
        field: "consistency",
        code: "UNKNOWN_CONSISTENCY_RULE",
        params: { value: c },
        message: `"${c}" is not a consistency rule or "${NO_FLAG}"`,
      });
    return ok;
  });
  const date = (value: Date | string | null | undefined, field: string): Date | null => {
    if (value === null || value === undefined || value === "") return null;
    const d = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(d.getTime()))
      errors.push({
        field,
        code: "NOT_A_DATE",
        message: `"${String(value)}" is not a date (use YYYY-MM-DD)`,
      });
    return d;
  };
  const submittedFrom = date(raw.submittedFrom, "submittedFrom");
  const submittedTo = date(raw.submittedTo, "submittedTo");
  if (submittedFrom && submittedTo && submittedFrom > submittedTo) {
    errors.push({
      field: "submittedTo",
      code: "BEFORE_START",
      params: { other: "submittedFrom" },
      message: "must not be before submittedFrom",
    });
  }
  const inclusion = (raw.inclusion ?? "included") as ResponseInclusion;
  if (!RESPONSE_INCLUSIONS.includes(inclusion))
    errors.push({
      field: "inclusion",
      code: "NOT_ONE_OF",
      params: { allowed: RESPONSE_INCLUSIONS.join(", ") },
      message: `"${inclusion}" is not ${RESPONSE_INCLUSIONS.join(" or ")}`,
    });
  if (errors.length) throw badInput("The filter is not valid.", errors);
  return { counties, sizeClasses, configurations, consistency, submittedFrom, submittedTo, inclusion };
}

/**
 * The WHERE clause for submitted responses matching a filter; parameters are appended to `params`. Test-mode
 * answers are never data, whatever the filter.
 */
export function responseFilterSql(filter: ResponseFilter, params: unknown[], alias = "r"): string {
  const where = [`${alias}.status = 'submitted'`, `${alias}.source <> 'test'`];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (filter.counties.length) where.push(`${alias}.county = ANY(${add(filter.counties)}::text[])`);
  if (filter.sizeClasses.length) where.push(`${alias}.size_class = ANY(${add(filter.sizeClasses)}::text[])`);
  if (filter.configurations.length)
    where.push(`${alias}.configuration = ANY(${add(filter.configurations)}::text[])`);
  if (filter.consistency.length) {
    const list = add(filter.consistency);
    where.push(
      `(${alias}.consistency_flags && ${list}::text[] OR (cardinality(${alias}.consistency_flags) = 0 AND '${NO_FLAG}' = ANY(${list}::text[])))`,
    );
  }
  if (filter.submittedFrom) where.push(`${alias}.submitted_at >= ${add(filter.submittedFrom)}`);
  if (filter.submittedTo)
    // 24 hours, not '1 day', which would follow the session's time zone across a change to summer time.
    where.push(`${alias}.submitted_at < ${add(filter.submittedTo)}::timestamptz + interval '24 hours'`);
  if (filter.inclusion === "included") where.push(`${alias}.excluded_at IS NULL`);
  return where.join(" AND ");
}

const DAY_MS = 24 * 60 * 60 * 1000;

type Condition<K extends keyof ResponseFilter> = (
  value: ResponseFilter[K],
  rows: AnalysisRows,
) => ((i: number) => boolean) | null;

/** Accepts the codes of `levels` among a grouping's levels (each code is its position plus one). */
const levelTest = (grouping: Grouping, chosen: readonly string[], rows: AnalysisRows) => {
  if (!chosen.length) return null;
  const codes = rows.columns.groups[grouping];
  const accepted = new Uint8Array(GROUPING_LEVELS[grouping].length + 1);
  for (const level of chosen) accepted[GROUPING_LEVELS[grouping].indexOf(level) + 1] = 1;
  return (i: number) => accepted[codes[i]!] === 1;
};

/**
 * responseFilterSql's conditions on responses already loaded (all submitted, none from test mode); null where a key selects
 * everything. One entry per key: a new filter key does not compile until it is handled here too, and a test holds
 * both versions to the same answers.
 */
const CONDITIONS: { [K in keyof ResponseFilter]: Condition<K> } = {
  counties: (counties, rows) => levelTest("county", counties, rows),
  sizeClasses: (classes, rows) => levelTest("sizeClass", classes, rows),
  configurations: (ids, rows) => levelTest("configuration", ids, rows),
  consistency: (choices, rows) => {
    if (!choices.length) return null;
    const flags = rows.consistencyFlags;
    const rules = CONSISTENCY_RULE_IDS.reduce(
      (mask, rule, bit) => (choices.includes(rule) ? mask | (1 << bit) : mask),
      0,
    );
    const unflagged = choices.includes(NO_FLAG);
    return (i) => (flags[i]! & rules) !== 0 || (unflagged && flags[i] === 0);
  },
  submittedFrom: (from, rows) => (from ? (i) => rows.submittedAt[i]! >= from.getTime() : null),
  submittedTo: (to, rows) => (to ? (i) => rows.submittedAt[i]! < to.getTime() + DAY_MS : null),
  inclusion: (inclusion, rows) => (inclusion === "all" ? null : (i) => rows.excluded[i] === 0),
};

/** The positions of the loaded rows that the filter selects, in order; null when it selects every row. */
export function matchingPositions(filter: ResponseFilter, rows: AnalysisRows): Uint32Array | null {
  const keys = Object.keys(CONDITIONS) as Array<keyof ResponseFilter>;
  const tests = keys.flatMap((key) => {
    const test = (CONDITIONS[key] as Condition<typeof key>)(filter[key] as never, rows);
    return test ? [test] : [];
  });
  if (!tests.length) return null;
  const positions = new Uint32Array(rows.columns.n);
  let m = 0;
  for (let i = 0; i < rows.columns.n; i++) if (tests.every((test) => test(i))) positions[m++] = i;
  return positions.subarray(0, m);
}

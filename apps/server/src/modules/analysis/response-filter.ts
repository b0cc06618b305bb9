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
import type { ResponseRecord } from "@smi/analysis";
import { badInput, type FieldError } from "../../common/app-error";
import { stringEnum } from "../../graphql/string-enum";

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

/** A response as analyses read it, with the consistency flags and the exclusion a filter may select on. */
export type AnalysedResponse = ResponseRecord & {
  readonly consistencyFlags: readonly string[];
  readonly excluded: boolean;
};

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

/** The WHERE clause for submitted responses matching a filter; parameters are appended to `params`. */
export function responseFilterSql(filter: ResponseFilter, params: unknown[], alias = "r"): string {
  const where = [`${alias}.status = 'submitted'`];
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

/**
 * responseFilterSql's conditions on responses already loaded (they are all submitted). One test per key: a new
 * filter key does not compile until it is handled here too, and a test holds both versions to the same answers.
 */
const CONDITIONS: {
  [K in keyof ResponseFilter]: (r: AnalysedResponse, value: ResponseFilter[K]) => boolean;
} = {
  counties: (r, counties) => !counties.length || (r.county !== null && counties.includes(r.county)),
  sizeClasses: (r, classes) => !classes.length || (r.sizeClass !== null && classes.includes(r.sizeClass)),
  configurations: (r, ids) => !ids.length || (r.configuration !== null && ids.includes(r.configuration)),
  consistency: (r, choices) =>
    !choices.length ||
    r.consistencyFlags.some((flag) => (choices as readonly string[]).includes(flag)) ||
    (r.consistencyFlags.length === 0 && choices.includes(NO_FLAG)),
  submittedFrom: (r, from) => !from || new Date(r.submittedAt!) >= from,
  submittedTo: (r, to) => !to || new Date(r.submittedAt!).getTime() < to.getTime() + DAY_MS,
  inclusion: (r, inclusion) => inclusion === "all" || !r.excluded,
};

export function matchesResponseFilter(filter: ResponseFilter): (record: AnalysedResponse) => boolean {
  const keys = Object.keys(CONDITIONS) as Array<keyof ResponseFilter>;
  return (record) =>
    keys.every((key) =>
      (CONDITIONS[key] as (r: AnalysedResponse, v: unknown) => boolean)(record, filter[key]),
    );
}

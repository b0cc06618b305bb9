import {
  CONSISTENCY_RULE_IDS,
  COUNTY_CODES,
  SIZE_CLASSES,
  SMI_CONFIGURATION_IDS,
  type ConsistencyRuleId,
  type CountyCode,
  type SizeClass,
  type SmiConfigurationId,
} from "@smi/questionnaire";
import type { ResponseFilterInput, ResponseInclusion } from "../../../gql/dashboard/graphql";

/** The consistency filter's choices: a rule's flag, or no flag at all (the server's `none`). */
export const NO_FLAG = "none";
export type ConsistencyChoice = ConsistencyRuleId | typeof NO_FLAG;
export const CONSISTENCY_CHOICES: readonly ConsistencyChoice[] = [NO_FLAG, ...CONSISTENCY_RULE_IDS];

/** Which responses every dashboard view shows; kept in the address so a view can be bookmarked and shared. */
export type DashboardFilters = {
  readonly counties: readonly CountyCode[];
  readonly sizeClasses: readonly SizeClass[];
  readonly configurations: readonly SmiConfigurationId[];
  readonly consistency: readonly ConsistencyChoice[];
  /** YYYY-MM-DD, inclusive, or "" for open-ended. */
  readonly from: string;
  readonly to: string;
  /** included (the server's default) leaves out the responses a researcher excluded; all counts them too. */
  readonly inclusion: ResponseInclusion;
};

export const NO_FILTERS: DashboardFilters = {
  counties: [],
  sizeClasses: [],
  configurations: [],
  consistency: [],
  from: "",
  to: "",
  inclusion: "included",
};

/** Short, readable parameter names: the address is something people paste into e-mails. */
export const FILTER_PARAMS = {
  counties: "county",
  sizeClasses: "size",
  configurations: "config",
  consistency: "consistency",
  from: "from",
  to: "to",
  inclusion: "inclusion",
} as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: 2026-02-30 would roll over to March, so it is not one. */
function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** Values in the reference list's order, each once, unknown ones dropped (a hand-edited or stale link). */
function known<T extends string>(values: readonly string[], reference: readonly T[]): T[] {
  return reference.filter((option) => values.includes(option));
}

export function parseDashboardFilters(params: URLSearchParams): DashboardFilters {
  const day = (name: string) => {
    const value = params.get(name) ?? "";
    return isIsoDay(value) ? value : "";
  };
  return {
    counties: known(params.getAll(FILTER_PARAMS.counties), COUNTY_CODES),
    sizeClasses: known(params.getAll(FILTER_PARAMS.sizeClasses), SIZE_CLASSES),
    configurations: known(params.getAll(FILTER_PARAMS.configurations), SMI_CONFIGURATION_IDS),
    consistency: known(params.getAll(FILTER_PARAMS.consistency), CONSISTENCY_CHOICES),
    from: day(FILTER_PARAMS.from),
    to: day(FILTER_PARAMS.to),
    inclusion: params.get(FILTER_PARAMS.inclusion) === "all" ? "all" : "included",
  };
}

/**
 * Writes the filters into `params`, keeping parameters that are not filters (a view's own choices, such as the
 * chart mode or k), so switching a filter does not reset the view.
 */
export function writeDashboardFilters(params: URLSearchParams, filters: DashboardFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(FILTER_PARAMS)) next.delete(name);
  for (const code of filters.counties) next.append(FILTER_PARAMS.counties, code);
  for (const size of filters.sizeClasses) next.append(FILTER_PARAMS.sizeClasses, size);
  for (const id of filters.configurations) next.append(FILTER_PARAMS.configurations, id);
  for (const choice of filters.consistency) next.append(FILTER_PARAMS.consistency, choice);
  if (filters.from) next.set(FILTER_PARAMS.from, filters.from);
  if (filters.to) next.set(FILTER_PARAMS.to, filters.to);
  if (filters.inclusion === "all") next.set(FILTER_PARAMS.inclusion, "all");
  return next;
}

/** Only the filter part of the address, for links between views. */
export function filterSearch(params: URLSearchParams): string {
  const only = writeDashboardFilters(new URLSearchParams(), parseDashboardFilters(params));
  const text = only.toString();
  return text ? `?${text}` : "";
}

export function activeFilterCount(filters: DashboardFilters): number {
  return (
    filters.counties.length +
    filters.sizeClasses.length +
    filters.configurations.length +
    filters.consistency.length +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0) +
    (filters.inclusion === "all" ? 1 : 0)
  );
}

/** The server's filter: empty lists mean "all", so unset parts are left out. */
export function toResponseFilterInput(filters: DashboardFilters): ResponseFilterInput {
  const input: ResponseFilterInput = {};
  if (filters.counties.length) input.counties = [...filters.counties];
  if (filters.sizeClasses.length) input.sizeClasses = [...filters.sizeClasses];
  if (filters.configurations.length) input.configurations = [...filters.configurations];
  if (filters.consistency.length) input.consistency = [...filters.consistency];
  if (filters.from) input.submittedFrom = filters.from;
  if (filters.to) input.submittedTo = filters.to;
  if (filters.inclusion === "all") input.inclusion = "all";
  return input;
}

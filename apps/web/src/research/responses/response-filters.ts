import { isCountyCode, type CountyCode } from "@smi/questionnaire";
import type {
  DataQualityFlag,
  ResponseSort,
  ResponseSource,
  ResponseState,
  SortDirection,
} from "../../gql/graphql";

export const RESPONSES_PAGE_SIZE = 50;

/** Records, so a value the server adds to an enum (a new source, say) fails to compile until it is listed here. */
const listOf = <T extends string>(values: Record<T, true>) => Object.keys(values) as T[];
export const RESPONSE_STATES = listOf<ResponseState>({
  in_progress: true,
  screened_out: true,
  submitted: true,
});
export const RESPONSE_SOURCES = listOf<ResponseSource>({ web: true, import: true, test: true });
export const DATA_QUALITY_FLAGS = listOf<DataQualityFlag>({
  straight_lining: true,
  speeding: true,
  inconsistent: true,
});
export const RESPONSE_SORTS = listOf<ResponseSort>({
  started_at: true,
  submitted_at: true,
  company: true,
  county: true,
  duration: true,
  answered: true,
});
export type ExclusionChoice = "any" | "included" | "excluded";

/** The responses table's filters and order, kept in the address so a list can be bookmarked and shared. */
export type ResponseFilters = {
  readonly search: string;
  readonly state: ResponseState | "";
  readonly county: CountyCode | "";
  readonly source: ResponseSource | "";
  readonly flag: DataQualityFlag | "";
  readonly exclusion: ExclusionChoice;
  readonly sort: ResponseSort;
  readonly direction: SortDirection;
  readonly offset: number;
};

export const DEFAULT_SORT: ResponseSort = "started_at";

const oneOf = <T extends string>(value: string | null, options: readonly T[]): T | "" =>
  (options as readonly (string | null)[]).includes(value) ? (value as T) : "";

export function readResponseFilters(params: URLSearchParams): ResponseFilters {
  const county = params.get("county");
  const exclusion = params.get("excluded");
  const offset = Number(params.get("offset"));
  return {
    search: params.get("q")?.trim() ?? "",
    state: oneOf(params.get("state"), RESPONSE_STATES),
    county: isCountyCode(county) ? county : "",
    source: oneOf(params.get("source"), RESPONSE_SOURCES),
    flag: oneOf(params.get("flag"), DATA_QUALITY_FLAGS),
    exclusion: exclusion === "yes" ? "excluded" : exclusion === "no" ? "included" : "any",
    sort: oneOf(params.get("sort"), RESPONSE_SORTS) || DEFAULT_SORT,
    direction: params.get("dir") === "asc" ? "asc" : "desc",
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Only what differs from the default (every response, newest first), so the address stays short. */
export function writeResponseFilters(filters: ResponseFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.state) params.set("state", filters.state);
  if (filters.county) params.set("county", filters.county);
  if (filters.source) params.set("source", filters.source);
  if (filters.flag) params.set("flag", filters.flag);
  if (filters.exclusion !== "any") params.set("excluded", filters.exclusion === "excluded" ? "yes" : "no");
  if (filters.sort !== DEFAULT_SORT) params.set("sort", filters.sort);
  if (filters.direction !== "desc") params.set("dir", filters.direction);
  if (filters.offset > 0) params.set("offset", String(filters.offset));
  return params;
}

/** The `responses` query's variables for these filters. */
export function responseQueryVariables(filters: ResponseFilters) {
  return {
    filter: {
      search: filters.search || undefined,
      states: filters.state ? [filters.state] : undefined,
      counties: filters.county ? [filters.county] : undefined,
      sources: filters.source ? [filters.source] : undefined,
      flags: filters.flag ? [filters.flag] : undefined,
      excluded: filters.exclusion === "any" ? undefined : filters.exclusion === "excluded",
    },
    sort: filters.sort,
    direction: filters.direction,
    limit: RESPONSES_PAGE_SIZE,
    offset: filters.offset,
  };
}

/** A click on a column's heading: that column ascending, or the other way round if it is already the order. */
export function sortedBy(filters: ResponseFilters, sort: ResponseSort): ResponseFilters {
  const direction: SortDirection = filters.sort === sort && filters.direction === "asc" ? "desc" : "asc";
  return { ...filters, sort, direction, offset: 0 };
}

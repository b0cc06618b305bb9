import { isCountyCode, SIZE_CLASSES, type CountyCode, type SizeClass } from "@smi/questionnaire";
import type { CompanySortKey } from "../../gql/graphql";
import { readTableSort, writeTableSort, type TableSort } from "../ui/table-sort";

export const COMPANIES_PAGE_SIZE = 25;

export type TriState = "any" | "yes" | "no";

/** The server's CompanySortKey values: the table's sortable columns. */
export const COMPANY_SORT_KEYS = [
  "name",
  "registrationCode",
  "county",
  "city",
  "sizeClass",
  "eligible",
  "invitationStatus",
] as const satisfies readonly CompanySortKey[];
export const DEFAULT_COMPANY_SORT: TableSort<CompanySortKey> = { key: "name", direction: "asc" };

/** The companies table's filters, kept in the address so a filtered list can be bookmarked and shared. */
export type CompanyFilters = {
  readonly search: string;
  readonly county: CountyCode | "";
  readonly sizeClass: SizeClass | "";
  readonly eligible: TriState;
  readonly invited: TriState;
  readonly sort: TableSort<CompanySortKey>;
  readonly offset: number;
};

const triState = (value: string | null): TriState => (value === "yes" || value === "no" ? value : "any");
const isSizeClass = (value: string | null): value is SizeClass =>
  (SIZE_CLASSES as readonly (string | null)[]).includes(value);

export function readCompanyFilters(params: URLSearchParams): CompanyFilters {
  const county = params.get("county");
  const sizeClass = params.get("size");
  const offset = Number(params.get("offset"));
  return {
    search: params.get("q")?.trim() ?? "",
    county: isCountyCode(county) ? county : "",
    sizeClass: isSizeClass(sizeClass) ? sizeClass : "",
    eligible: triState(params.get("eligible")),
    invited: triState(params.get("invited")),
    sort: readTableSort(params, COMPANY_SORT_KEYS, DEFAULT_COMPANY_SORT),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Only the filters that differ from "everything", so the address stays short. */
export function writeCompanyFilters(filters: CompanyFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.county) params.set("county", filters.county);
  if (filters.sizeClass) params.set("size", filters.sizeClass);
  if (filters.eligible !== "any") params.set("eligible", filters.eligible);
  if (filters.invited !== "any") params.set("invited", filters.invited);
  writeTableSort(params, filters.sort, DEFAULT_COMPANY_SORT);
  if (filters.offset > 0) params.set("offset", String(filters.offset));
  return params;
}

const triStateValue = (value: TriState) => (value === "any" ? undefined : value === "yes");

/** The `companies` query's variables for these filters. */
export function companyQueryVariables(filters: CompanyFilters) {
  return {
    search: filters.search || undefined,
    counties: filters.county ? [filters.county] : undefined,
    sizeClasses: filters.sizeClass ? [filters.sizeClass] : undefined,
    eligible: triStateValue(filters.eligible),
    invited: triStateValue(filters.invited),
    sort: filters.sort.key,
    direction: filters.sort.direction,
    limit: COMPANIES_PAGE_SIZE,
    offset: filters.offset,
  };
}

/** The download of every company these filters select, in this order: GET /api/exports/companies.csv. */
export function companiesCsvHref(filters: CompanyFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set("search", filters.search);
  if (filters.county) params.set("county", filters.county);
  if (filters.sizeClass) params.set("sizeClass", filters.sizeClass);
  if (filters.eligible !== "any") params.set("eligible", String(filters.eligible === "yes"));
  if (filters.invited !== "any") params.set("invited", String(filters.invited === "yes"));
  params.set("sort", filters.sort.key);
  params.set("direction", filters.sort.direction);
  return `/api/exports/companies.csv?${params.toString()}`;
}

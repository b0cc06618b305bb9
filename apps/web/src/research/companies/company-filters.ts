import { isCountyCode, SIZE_CLASSES, type CountyCode, type SizeClass } from "@smi/questionnaire";

export const COMPANIES_PAGE_SIZE = 25;

export type TriState = "any" | "yes" | "no";

/** The companies table's filters, kept in the address so a filtered list can be bookmarked and shared. */
export type CompanyFilters = {
  readonly search: string;
  readonly county: CountyCode | "";
  readonly sizeClass: SizeClass | "";
  readonly eligible: TriState;
  readonly invited: TriState;
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
    limit: COMPANIES_PAGE_SIZE,
    offset: filters.offset,
  };
}

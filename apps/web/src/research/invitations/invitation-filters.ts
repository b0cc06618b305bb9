import { isCountyCode, type CountyCode } from "@smi/questionnaire";
import type { InvitationSortKey, InvitationStatus } from "../../gql/graphql";
import { readTableSort, writeTableSort, type TableSort } from "../ui/table-sort";
import { isInvitationStatus } from "./invitation-statuses";

export const INVITATIONS_PAGE_SIZE = 25;

/** The server's InvitationSortKey values: the table's sortable columns. */
export const INVITATION_SORT_KEYS = [
  "company",
  "county",
  "status",
  "locale",
  "createdAt",
  "sentAt",
  "openedAt",
  "completedAt",
  "expiresAt",
  "remindersSent",
] as const satisfies readonly InvitationSortKey[];
/** Newest first, as the list has always opened. */
export const DEFAULT_INVITATION_SORT: TableSort<InvitationSortKey> = { key: "createdAt", direction: "desc" };

export type InvitationFilters = {
  readonly status: InvitationStatus | "";
  readonly county: CountyCode | "";
  readonly search: string;
  readonly sort: TableSort<InvitationSortKey>;
  readonly offset: number;
};

export function readInvitationFilters(params: URLSearchParams): InvitationFilters {
  const status = params.get("status");
  const county = params.get("county");
  const offset = Number(params.get("offset"));
  return {
    status: isInvitationStatus(status) ? status : "",
    county: isCountyCode(county) ? county : "",
    search: params.get("q")?.trim() ?? "",
    sort: readTableSort(params, INVITATION_SORT_KEYS, DEFAULT_INVITATION_SORT),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

export function writeInvitationFilters(filters: InvitationFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.county) params.set("county", filters.county);
  if (filters.search) params.set("q", filters.search);
  writeTableSort(params, filters.sort, DEFAULT_INVITATION_SORT);
  if (filters.offset > 0) params.set("offset", String(filters.offset));
  return params;
}

export function invitationQueryVariables(filters: InvitationFilters) {
  return {
    statuses: filters.status ? [filters.status] : undefined,
    counties: filters.county ? [filters.county] : undefined,
    search: filters.search || undefined,
    sort: filters.sort.key,
    direction: filters.sort.direction,
    limit: INVITATIONS_PAGE_SIZE,
    offset: filters.offset,
  };
}

/** The download of every invitation these filters select, in this order: GET /api/exports/invitations.csv. */
export function invitationsCsvHref(filters: InvitationFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.county) params.set("county", filters.county);
  if (filters.search) params.set("search", filters.search);
  params.set("sort", filters.sort.key);
  params.set("direction", filters.sort.direction);
  return `/api/exports/invitations.csv?${params.toString()}`;
}

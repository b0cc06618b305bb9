import { isCountyCode, type CountyCode } from "@smi/questionnaire";
import type { InvitationStatus } from "../../gql/graphql";
import { isInvitationStatus } from "./invitation-statuses";

export const INVITATIONS_PAGE_SIZE = 25;

export type InvitationFilters = {
  readonly status: InvitationStatus | "";
  readonly county: CountyCode | "";
  readonly search: string;
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
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

export function writeInvitationFilters(filters: InvitationFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.county) params.set("county", filters.county);
  if (filters.search) params.set("q", filters.search);
  if (filters.offset > 0) params.set("offset", String(filters.offset));
  return params;
}

export function invitationQueryVariables(filters: InvitationFilters) {
  return {
    statuses: filters.status ? [filters.status] : undefined,
    counties: filters.county ? [filters.county] : undefined,
    search: filters.search || undefined,
    limit: INVITATIONS_PAGE_SIZE,
    offset: filters.offset,
  };
}

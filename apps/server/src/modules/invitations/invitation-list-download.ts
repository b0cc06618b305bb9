import { COUNTY_CODES } from "@smi/questionnaire";
import { badInput } from "../../common/app-error";
import { downloadName } from "../../common/download-name";
import { queryChoice, queryChoices } from "../../common/query-params";
import { SORT_DIRECTIONS } from "../../graphql/sort-direction";
import type { CsvDownload } from "../../http/csv-download-route";
import { hasRight } from "../accounts/rights";
import type { InvitationService } from "./invitation.service";
import { INVITATION_SORT_KEYS } from "./invitation-sort";
import { INVITATION_STATUSES } from "./invitation-status";
import type { InvitationListFilter } from "./invitation.types";

const BATCH = 500;
const COLUMNS = [
  "invitation_id",
  "company_id",
  "company",
  "county",
  "status",
  "language",
  "created_at",
  "sent_at",
  "opened_at",
  "completed_at",
  "expires_at",
  "reminders_sent",
  "last_reminded_at",
];

const time = (value: Date | null) => value?.toISOString() ?? null;

/**
 * GET /api/exports/invitations.csv?status=sent&county=BH&search=…&sort=createdAt&direction=desc: the invitation list
 * as the Invitations screen filters and sorts it, every page; the contact e-mail only for an account that may read
 * it (then the search also matches it, as on the screen).
 */
export function invitationListDownload(invitations: InvitationService): CsvDownload<InvitationListFilter> {
  return {
    path: "/api/exports/invitations.csv",
    readFilter(query) {
      const search = typeof query.search === "string" ? query.search : undefined;
      if (search && search.length > 100)
        throw badInput("The search is too long.", [
          {
            field: "search",
            code: "TOO_LONG",
            params: { max: 100 },
            message: "must be at most 100 characters",
          },
        ]);
      return {
        search,
        counties: queryChoices(query.county, COUNTY_CODES, "counties"),
        statuses: queryChoices(query.status, INVITATION_STATUSES, "statuses"),
        sort: queryChoice(query.sort, INVITATION_SORT_KEYS, "sort", "createdAt"),
        direction: queryChoice(query.direction, SORT_DIRECTIONS, "direction", "desc"),
      };
    },
    fileName: (filter, day) =>
      downloadName(
        "smi-invitations",
        [
          filter.search ? `search-${filter.search.trim()}` : "",
          filter.counties?.join("-") ?? "",
          filter.statuses?.join("-") ?? "",
        ],
        day,
        "csv",
      ),
    header: (account) => [...COLUMNS, ...(hasRight(account, "READ_CONTACTS") ? ["contact_email"] : [])],
    async *rows(filter, account, reads) {
      const contacts = hasRight(account, "READ_CONTACTS");
      for await (const batch of invitations.batches(filter, contacts, BATCH)) {
        yield batch.map((i) => {
          if (contacts && i.contactEmail) reads.record("contacts", i.companyId);
          return [
            i.id,
            i.companyId,
            i.companyName,
            i.county,
            i.status,
            i.locale,
            time(i.createdAt),
            time(i.sentAt),
            time(i.openedAt),
            time(i.completedAt),
            time(i.expiresAt),
            i.remindersSent,
            time(i.lastRemindedAt),
            ...(contacts ? [i.contactEmail] : []),
          ];
        });
      }
    },
  };
}

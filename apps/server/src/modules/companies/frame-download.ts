import { COUNTY_CODES, SIZE_CLASSES } from "@smi/questionnaire";
import { badInput } from "../../common/app-error";
import { downloadName } from "../../common/download-name";
import { queryBoolean, queryChoice, queryChoices } from "../../common/query-params";
import { SORT_DIRECTIONS } from "../../graphql/sort-direction";
import type { CsvDownload } from "../../http/csv-download-route";
import { hasRight } from "../accounts/rights";
import type { CompanyService } from "./company.service";
import { COMPANY_SORT_KEYS } from "./company-sort";
import type { CompanyListFilter } from "./company.types";

const BATCH = 500;
const COLUMNS = [
  "company_id",
  "name",
  "registration_code",
  "county",
  "city",
  "caen_code",
  "employees",
  "turnover_eur",
  "balance_sheet_eur",
  "has_marketing_dept",
  "size_class",
  "eligible",
  "ineligibility_reasons",
  "invitation_status",
];
const CONTACT_COLUMNS = ["contact_name", "contact_email"];

const flag = (value: boolean | null | undefined, yes: string, no: string) =>
  value === true ? yes : value === false ? no : "";

/**
 * GET /api/exports/companies.csv?search=…&county=BH&sizeClass=small&eligible=true&invited=false&sort=name&
 * direction=asc: the sampling frame as the Companies screen filters and sorts it, every page; contacts only for an
 * account that may read them.
 */
export function frameDownload(companies: CompanyService): CsvDownload<CompanyListFilter> {
  return {
    path: "/api/exports/companies.csv",
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
        sizeClasses: queryChoices(query.sizeClass, SIZE_CLASSES, "sizeClasses"),
        eligible: queryBoolean(query.eligible, "eligible") ?? undefined,
        invited: queryBoolean(query.invited, "invited") ?? undefined,
        sort: queryChoice(query.sort, COMPANY_SORT_KEYS, "sort", "name"),
        direction: queryChoice(query.direction, SORT_DIRECTIONS, "direction", "asc"),
      };
    },
    fileName: (filter, day) =>
      downloadName(
        "smi-companies",
        [
          filter.search ? `search-${filter.search.trim()}` : "",
          filter.counties?.join("-") ?? "",
          filter.sizeClasses?.join("-") ?? "",
          flag(filter.eligible, "eligible", "not-eligible"),
          flag(filter.invited, "invited", "not-invited"),
        ],
        day,
        "csv",
      ),
    header: (account) => [...COLUMNS, ...(hasRight(account, "READ_CONTACTS") ? CONTACT_COLUMNS : [])],
    async *rows(filter, account, reads) {
      const contacts = hasRight(account, "READ_CONTACTS");
      for await (const batch of companies.batches(filter, BATCH)) {
        yield batch.map((c) => {
          if (contacts && (c.contactName || c.contactEmail)) reads.record("contacts", c.id);
          return [
            c.id,
            c.name,
            c.registrationCode,
            c.county,
            c.city,
            c.caenCode,
            c.employees,
            c.turnoverEur,
            c.balanceSheetEur,
            c.hasMarketingDept,
            c.sizeClass,
            c.eligible,
            c.ineligibilityReasons.join(";"),
            c.invitationStatus,
            ...(contacts ? [c.contactName, c.contactEmail] : []),
          ];
        });
      }
    },
  };
}

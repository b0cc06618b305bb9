import { auditCsvHref, auditQueryFilter, readAuditFilters, writeAuditFilters } from "./audit-filters";

const ACTIONS = ["INVITATION_CREATE", "COMPANY_ERASE"] as const;

describe("audit log filters", () => {
  it("reads the address into the query's filter, days becoming local midnights with the last day included", () => {
    const filters = readAuditFilters(
      new URLSearchParams(
        "actor=a1&action=COMPANY_ERASE&type=COMPANY&object= c9 &from=2026-12-01&to=2026-12-03",
      ),
      ACTIONS,
    );
    expect(auditQueryFilter(filters)).toEqual({
      actorId: "a1",
      actions: ["COMPANY_ERASE"],
      subjectType: "COMPANY",
      subjectId: "c9",
      from: new Date(2026, 11, 1).toISOString(),
      to: new Date(2026, 11, 4).toISOString(),
    });
    expect(auditCsvHref(filters)).toBe(
      `/api/exports/audit.csv?actor=a1&action=COMPANY_ERASE&type=COMPANY&object=c9&from=${encodeURIComponent(
        new Date(2026, 11, 1).toISOString(),
      )}&to=${encodeURIComponent(new Date(2026, 11, 4).toISOString())}`,
    );
  });

  it("ignores values the server would refuse, and writes back only what narrows the log", () => {
    const filters = readAuditFilters(
      new URLSearchParams("action=DROP&type=TABLE&from=yesterday&offset=-1"),
      ACTIONS,
    );
    expect(filters).toEqual({
      actor: "",
      action: "",
      objectType: "",
      objectId: "",
      from: "",
      to: "",
      offset: 0,
    });
    expect(writeAuditFilters(filters).toString()).toBe("");
    expect(auditCsvHref(filters)).toBe("/api/exports/audit.csv");
    expect(writeAuditFilters({ ...filters, action: "INVITATION_CREATE", offset: 50 }).toString()).toBe(
      "action=INVITATION_CREATE&offset=50",
    );
  });
});

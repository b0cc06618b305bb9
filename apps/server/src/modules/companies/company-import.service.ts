import type { DataSource } from "typeorm";
import { nextTurn } from "../../common/next-turn";
import { audit, type Actor } from "../audit/audit.service";
import { Company } from "./company.entity";
import { duplicateKey, type CsvProblem } from "../../common/csv/cells";
import { headerOf, parseCompanyCsv } from "./company-csv";
import { validateCompanyRecord, type CompanyRecord } from "./company-record";
import { ImportMode, type ImportReport } from "../../common/import-report.types";

const CHUNK = 500;
const YIELD_EVERY = 1_000;

/**
 * Known CUIs updated a chunk at a time from one JSON parameter, not a statement per row. A company erased since
 * the plan was made stays erased.
 */
const UPDATE_FROM_RECORDS = `
  UPDATE companies c SET
    name = r.name, county = r.county, city = r.city, caen_code = r."caenCode", employees = r.employees,
    turnover_eur = r."turnoverEur", balance_sheet_eur = r."balanceSheetEur",
    has_marketing_dept = r."hasMarketingDept", contact_name = r."contactName", contact_email = r."contactEmail",
    size_class = r."sizeClass", eligible = r.eligible, ineligibility_reasons = r."ineligibilityReasons",
    updated_at = now()
  FROM jsonb_to_recordset($1::jsonb) AS r(
    name text, "registrationCode" text, county text, city text, "caenCode" text, employees integer,
    "turnoverEur" double precision, "balanceSheetEur" double precision, "hasMarketingDept" boolean,
    "contactName" text, "contactEmail" text, "sizeClass" text, eligible boolean, "ineligibilityReasons" jsonb)
  WHERE c.registration_code = r."registrationCode" AND c.erased_at IS NULL`;

interface Plan {
  report: Omit<ImportReport, "applied">;
  creates: CompanyRecord[];
  updates: CompanyRecord[];
}

/**
 * CSV import of the sampling frame: every row is checked first and every problem reported with its row and column;
 * then, in one transaction, new CUIs are created and known CUIs updated, so importing the same file twice changes
 * nothing the second time.
 */
export class CompanyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxRows: number,
  ) {}

  async preview(csv: string): Promise<ImportReport> {
    const plan = await this.plan(csv);
    return { ...plan.report, applied: false };
  }

  async import(actor: Actor, csv: string, mode: ImportMode): Promise<ImportReport> {
    return this.dataSource.transaction(async (manager) => {
      // Serialise imports so two researchers importing overlapping files cannot race on the same CUIs.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('company-import'))");
      const plan = await this.plan(csv);
      if (mode === ImportMode.ALL_OR_NOTHING && plan.report.invalidRows > 0) {
        return { ...plan.report, created: 0, updated: 0, skipped: plan.report.rows, applied: false };
      }
      for (let i = 0; i < plan.creates.length; i += CHUNK)
        await manager.insert(Company, plan.creates.slice(i, i + CHUNK));
      for (let i = 0; i < plan.updates.length; i += CHUNK)
        await manager.query(UPDATE_FROM_RECORDS, [JSON.stringify(plan.updates.slice(i, i + CHUNK))]);
      await audit(manager, actor, {
        action: "company.import",
        details: { rows: plan.report.rows, created: plan.creates.length, updated: plan.updates.length, mode },
      });
      return { ...plan.report, applied: true };
    });
  }

  private async plan(csv: string): Promise<Plan> {
    const parsed = await parseCompanyCsv(csv, { maxRows: this.maxRows });
    const problems: CsvProblem[] = [...parsed.problems];
    const fileBroken = parsed.problems.some((p) => p.row <= 1 && p.code !== "UNKNOWN_COLUMN");
    const valid: Array<{ row: number; record: CompanyRecord }> = [];
    const seen = new Map<string, number>();
    for (const [index, row] of parsed.rows.entries()) {
      await nextTurn(index, YIELD_EVERY);
      const result = validateCompanyRecord(row.fields);
      const rowProblems = [...row.problems];
      if (!result.ok) {
        // A cell that could not be read is reported once, not again as "missing".
        const unreadable = new Set(row.problems.map((p) => p.column));
        for (const { field, ...problem } of result.errors) {
          if (!unreadable.has(headerOf(field)))
            rowProblems.push({ ...problem, row: row.row, column: headerOf(field) });
        }
      } else {
        const first = seen.get(result.value.registrationCode);
        if (first) rowProblems.push(duplicateKey(row.row, "registration_code", first));
        seen.set(result.value.registrationCode, first ?? row.row);
      }
      problems.push(...rowProblems);
      if (!rowProblems.length && result.ok) valid.push({ row: row.row, record: result.value });
    }

    // One array parameter: a file of tens of thousands of rows would exceed PostgreSQL's 65 535 bind parameters.
    const existing = valid.length
      ? ((await this.dataSource.query(
          `SELECT registration_code AS "registrationCode", erased_at AS "erasedAt" FROM companies
            WHERE registration_code = ANY($1::text[])`,
          [valid.map((v) => v.record.registrationCode)],
        )) as Array<Pick<Company, "registrationCode" | "erasedAt">>)
      : [];
    const known = new Map(existing.map((c) => [c.registrationCode, c]));
    const creates: CompanyRecord[] = [];
    const updates: CompanyRecord[] = [];
    let erased = 0;
    for (const { row, record } of valid) {
      const company = known.get(record.registrationCode);
      if (!company) creates.push(record);
      else if (company.erasedAt) {
        erased++;
        problems.push({
          row,
          column: "registration_code",
          code: "ERASED_COMPANY",
          message: "this company's data was erased on request; the row is skipped",
        });
      } else updates.push(record);
    }
    const invalidRows = fileBroken ? parsed.rows.length : parsed.rows.length - valid.length;
    return {
      report: {
        rows: parsed.rows.length,
        validRows: fileBroken ? 0 : valid.length,
        invalidRows,
        created: fileBroken ? 0 : creates.length,
        updated: fileBroken ? 0 : updates.length,
        skipped: fileBroken ? parsed.rows.length : invalidRows + erased,
        problems,
      },
      creates: fileBroken ? [] : creates,
      updates: fileBroken ? [] : updates,
    };
  }
}

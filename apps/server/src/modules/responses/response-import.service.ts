import type { DataSource, EntityManager } from "typeorm";
import { duplicateKey, type CsvProblem } from "../../common/csv/cells";
import { ImportMode, type ImportReport } from "../../common/import-report.types";
import { audit, type Actor } from "../audit/audit.service";
import { importedFlags } from "./consistency";
import { parseResponseCsv, type ImportedResponse } from "./response-csv";
import { isUuid } from "../../common/ids";

const CHUNK = 500;

/**
 * New rows and re-imported ones (a known response_id) written a chunk at a time from one JSON parameter, not a
 * statement per row. The plan has already told them apart for the report and removed duplicate ids, which
 * ON CONFLICT could not update twice in one statement.
 */
const UPSERT_FROM_RECORDS = `
  INSERT INTO responses (
    source, status, external_id, answers, county, employees, turnover_eur, balance_sheet_eur, has_marketing_dept,
    size_class, performance, configuration, consistency_flags, confirmed_conflicts, total_score, category,
    scoring_key, submitted_at)
  SELECT 'import', 'submitted', r."externalId", r.answers, r.county, r.employees, r."turnoverEur",
    r."balanceSheetEur", r."hasMarketingDept", r."sizeClass", r.performance, r.configuration, r."consistencyFlags",
    r."confirmedConflicts", r."totalScore", r.category, r."scoringKey", coalesce(r."submittedAt", $2::timestamptz)
  FROM jsonb_to_recordset($1::jsonb) AS r(
    "externalId" text, answers jsonb, county text, employees integer, "turnoverEur" double precision,
    "balanceSheetEur" double precision, "hasMarketingDept" boolean, "sizeClass" text, performance jsonb,
    configuration text, "consistencyFlags" text[], "confirmedConflicts" text[], "totalScore" smallint,
    category text, "scoringKey" text, "submittedAt" timestamptz)
  ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO UPDATE SET
    source = EXCLUDED.source, status = EXCLUDED.status, answers = EXCLUDED.answers, county = EXCLUDED.county,
    employees = EXCLUDED.employees, turnover_eur = EXCLUDED.turnover_eur,
    balance_sheet_eur = EXCLUDED.balance_sheet_eur, has_marketing_dept = EXCLUDED.has_marketing_dept,
    size_class = EXCLUDED.size_class, performance = EXCLUDED.performance, configuration = EXCLUDED.configuration,
    consistency_flags = EXCLUDED.consistency_flags, confirmed_conflicts = EXCLUDED.confirmed_conflicts,
    total_score = EXCLUDED.total_score, category = EXCLUDED.category, scoring_key = EXCLUDED.scoring_key,
    -- $2, the import's own time, stands in only where the file gave no date: a re-import then keeps the first one.
    submitted_at = CASE WHEN EXCLUDED.submitted_at = $2::timestamptz THEN responses.submitted_at
                        ELSE EXCLUDED.submitted_at END,
    updated_at = now()`;

interface Plan {
  report: Omit<ImportReport, "applied">;
  creates: ImportedResponse[];
  updates: ImportedResponse[];
}

/**
 * Imports completed responses collected elsewhere (paper, another tool) in the codebook's CSV format. Scores are
 * computed here, never taken from the file; rows keep their response_id, so importing a file again updates them, and
 * their submitted_at (the time of the import when the file has none).
 */
export class ResponseImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly maxRows: number,
  ) {}

  async preview(csv: string): Promise<ImportReport> {
    return { ...(await this.plan(this.dataSource.manager, csv)).report, applied: false };
  }

  async import(actor: Actor, csv: string, mode: ImportMode): Promise<ImportReport> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('response-import'))");
      const plan = await this.plan(manager, csv);
      if (mode === ImportMode.ALL_OR_NOTHING && plan.report.invalidRows > 0) {
        return { ...plan.report, created: 0, updated: 0, skipped: plan.report.rows, applied: false };
      }
      const records = [...plan.creates, ...plan.updates].map(columns);
      const now = new Date().toISOString();
      for (let i = 0; i < records.length; i += CHUNK)
        await manager.query(UPSERT_FROM_RECORDS, [JSON.stringify(records.slice(i, i + CHUNK)), now]);
      await audit(manager, actor, {
        action: "response.import",
        details: { rows: plan.report.rows, created: plan.creates.length, updated: plan.updates.length, mode },
      });
      return { ...plan.report, applied: true };
    });
  }

  private async plan(manager: EntityManager, csv: string): Promise<Plan> {
    const parsed = await parseResponseCsv(csv, { maxRows: this.maxRows });
    const problems: CsvProblem[] = [...parsed.problems];
    const seen = new Map<string, number>();
    const unique = parsed.responses.filter((r) => {
      if (!r.externalId) return true;
      const first = seen.get(r.externalId);
      if (first) problems.push(duplicateKey(r.row, "response_id", first));
      else seen.set(r.externalId, r.row);
      return !first;
    });
    const ids = unique.map((r) => r.externalId).filter((id): id is string => id !== null);
    // Array parameters: a long file would exceed PostgreSQL's 65 535 bind parameters.
    const existingImports = new Set(
      ids.length
        ? (
            (await manager.query(
              `SELECT external_id AS id FROM responses WHERE external_id = ANY($1::text[])`,
              [ids],
            )) as Array<{ id: string }>
          ).map((r) => r.id)
        : [],
    );
    const uuids = ids.filter((id) => isUuid(id));
    const nativeIds = new Set(
      uuids.length
        ? (
            (await manager.query(`SELECT id FROM responses WHERE id = ANY($1::uuid[])`, [uuids])) as Array<{
              id: string;
            }>
          ).map((r) => r.id)
        : [],
    );

    const creates: ImportedResponse[] = [];
    const updates: ImportedResponse[] = [];
    let alreadyHere = 0;
    for (const r of unique) {
      if (r.externalId && nativeIds.has(r.externalId)) {
        alreadyHere++;
        problems.push({
          row: r.row,
          column: "response_id",
          code: "ALREADY_HERE",
          message: "this response is already in the database (it was exported from here); skipped",
        });
      } else if (r.externalId && existingImports.has(r.externalId)) updates.push(r);
      else creates.push(r);
    }
    problems.sort((a, b) => a.row - b.row);
    const invalidRows = parsed.rows - parsed.responses.length + (parsed.responses.length - unique.length);
    return {
      report: {
        rows: parsed.rows,
        validRows: unique.length,
        invalidRows,
        created: creates.length,
        updated: updates.length,
        skipped: invalidRows + alreadyHere,
        problems,
      },
      creates,
      updates,
    };
  }
}

function columns(r: ImportedResponse) {
  return {
    externalId: r.externalId,
    answers: r.answers,
    county: r.county,
    employees: r.employees,
    turnoverEur: r.turnoverEur,
    balanceSheetEur: r.balanceSheetEur,
    hasMarketingDept: r.hasMarketingDept,
    sizeClass: r.sizeClass,
    performance: r.performance,
    configuration: r.configuration,
    ...importedFlags(r),
    totalScore: r.score.total,
    category: r.score.category,
    scoringKey: r.score.scoringKey,
    submittedAt: r.submittedAt?.toISOString() ?? null,
  };
}

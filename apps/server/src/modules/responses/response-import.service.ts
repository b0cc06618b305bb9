import type { DataSource, EntityManager } from "typeorm";
import { duplicateKey, type CsvProblem } from "../../common/csv/cells";
import { ImportMode, type ImportReport } from "../../common/import-report.types";
import { audit, type Actor } from "../audit/audit.service";
import { importedFlags } from "./consistency";
import { Response } from "./response.entity";
import { parseResponseCsv, type ImportedResponse } from "./response-csv";

const CHUNK = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Plan {
  report: Omit<ImportReport, "applied">;
  creates: ImportedResponse[];
  updates: ImportedResponse[];
}

/**
 * Imports completed responses collected elsewhere (paper, another tool) in the codebook's CSV format. Scores are
 * computed here, never taken from the file; rows keep their response_id, so importing a file again updates them.
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
      const now = new Date();
      for (let i = 0; i < plan.creates.length; i += CHUNK) {
        await manager.insert(
          Response,
          plan.creates.slice(i, i + CHUNK).map((r) => columns(r, now)),
        );
      }
      for (const r of plan.updates)
        await manager.update(Response, { externalId: r.externalId! }, columns(r, now));
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
    const uuids = ids.filter((id) => UUID.test(id));
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

function columns(r: ImportedResponse, now: Date) {
  return {
    source: "import" as const,
    status: "submitted" as const,
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
    submittedAt: now,
  };
}

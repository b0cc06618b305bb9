import { ITEM_IDS, type ConsistencyRuleId, type CountyCode, type Locale } from "@smi/questionnaire";
import type { DataSource, EntityManager } from "typeorm";
import { AppError, assertFound, badInput, withReason } from "../../../common/app-error";
import { assertUuid } from "../../../common/ids";
import { audit, type Actor } from "../../audit/audit.service";
import { containsPattern } from "../../companies/company-search";
import type { ResponseSource, ResponseStatus } from "../response-source";
import {
  MEDIAN_WEB_DURATION,
  QUALITY_INPUT_COLUMNS,
  qualityFlagsSql,
  STARTED_AT_SQL,
  type DataQualityFlag,
  type QualityThresholds,
} from "./data-quality";
import type {
  ResponseBrowserFilter,
  ResponseListArgs,
  ResponsePage,
  ResponseRow,
  ResponseSort,
  ResponseState,
  ResponseStep,
} from "./response-browser.types";

const STATE_SQL = `CASE WHEN q.status = 'submitted' THEN 'submitted'
  WHEN q.invitation_status = 'screened_out' THEN 'screened_out' ELSE 'in_progress' END`;

/** Every response with what the screen shows of it; `$1` and `$2` are the two quality thresholds. */
const ROWS = `
  WITH median AS (${MEDIAN_WEB_DURATION}),
  q AS (
    SELECT r.id, r.company_id, c.name AS company_name, r.county, r.source, i.locale, r.status,
           i.status AS invitation_status, ${STARTED_AT_SQL} AS started_at, r.submitted_at, r.consistency_flags, r.excluded_at,
           a.email AS excluded_by, r.exclusion_reason, ${QUALITY_INPUT_COLUMNS}
      FROM responses r
      LEFT JOIN companies c ON c.id = r.company_id
      LEFT JOIN invitations i ON i.id = r.invitation_id
      LEFT JOIN accounts a ON a.id = r.excluded_by_id
  ),
  rows AS (
    SELECT q.*, ${STATE_SQL} AS state, ${qualityFlagsSql("$1", "$2")} AS flags
      FROM q CROSS JOIN median
  )`;

/** Sort columns (whitelisted), each with the id as tie-break so pages never overlap. */
const SORT_COLUMN: Record<ResponseSort, string> = {
  started_at: "started_at",
  submitted_at: "submitted_at",
  company: "company_name",
  county: "county",
  duration: "duration_seconds",
  answered: "answered",
};

interface Row {
  id: string;
  company_id: string | null;
  company_name: string | null;
  county: CountyCode | null;
  source: ResponseSource;
  locale: Locale | null;
  status: ResponseStatus;
  state: ResponseState;
  started_at: Date;
  submitted_at: Date | null;
  consistency_flags: ConsistencyRuleId[];
  excluded_at: Date | null;
  excluded_by: string | null;
  exclusion_reason: string | null;
  answered: number;
  duration_seconds: number | null;
  flags: DataQualityFlag[];
}

function stepOf(row: Row): ResponseStep {
  if (row.state === "submitted") return "submitted";
  if (row.state === "screened_out") return "profile";
  return row.answered < ITEM_IDS.length ? "statements" : "performance";
}

function toRow(row: Row): ResponseRow {
  return {
    id: row.id,
    company: row.company_id ? { id: row.company_id, name: row.company_name ?? "" } : null,
    county: row.county,
    state: row.state,
    step: stepOf(row),
    answeredItems: row.answered,
    itemCount: ITEM_IDS.length,
    locale: row.locale,
    source: row.source,
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    durationSeconds: row.duration_seconds,
    flags: row.flags,
    consistencyRules: row.consistency_flags,
    exclusion: row.excluded_at
      ? { at: row.excluded_at, by: row.excluded_by, reason: row.exclusion_reason ?? "" }
      : null,
  };
}

function whereOf(filter: ResponseBrowserFilter | null | undefined, params: unknown[]): string {
  const where = ["true"];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (filter?.states?.length) where.push(`state = ANY(${add(filter.states)}::text[])`);
  if (filter?.counties?.length) where.push(`county = ANY(${add(filter.counties)}::text[])`);
  if (filter?.sources?.length) where.push(`source = ANY(${add(filter.sources)}::text[])`);
  if (filter?.flags?.length) where.push(`flags && ${add(filter.flags)}::text[]`);
  if (filter?.excluded === true) where.push(`excluded_at IS NOT NULL`);
  if (filter?.excluded === false) where.push(`excluded_at IS NULL`);
  if (filter?.search?.trim())
    where.push(`smi_search_text(company_name) LIKE smi_search_text(${add(containsPattern(filter.search))})`);
  return where.join(" AND ");
}

const REASON_MAX = 500;

/** A reason as stored: trimmed, one line of 3 to 500 characters (or none, where `required` is false). */
function checkedReason(reason: string | null | undefined, required: boolean): string | null {
  const trimmed = reason?.trim() ?? "";
  if (!trimmed && !required) return null;
  if (trimmed.length < 3 || trimmed.length > REASON_MAX)
    throw badInput("Give a reason of 3 to 500 characters.", [
      {
        field: "reason",
        code: "LENGTH",
        params: { min: 3, max: REASON_MAX },
        message: "3 to 500 characters",
      },
    ]);
  if (/[\r\n]/.test(trimmed))
    throw badInput("Give the reason on one line.", [
      { field: "reason", code: "ONE_LINE", message: "must be one line" },
    ]);
  return trimmed;
}

/**
 * The responses screen: every response (drafts and screened-out ones too) with its step, data-quality flags and
 * exclusion, and the researcher's decision to keep a submitted response out of the analyses, or take it back.
 */
export class ResponseBrowserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly thresholds: QualityThresholds,
  ) {}

  async list(args: ResponseListArgs): Promise<ResponsePage> {
    const params: unknown[] = [this.thresholds.straightLiningMaxSd, this.thresholds.speedingFractionOfMedian];
    const where = whereOf(args.filter, params);
    const direction = args.direction === "asc" ? "ASC" : "DESC";
    const [rows, [summary]] = await Promise.all([
      this.dataSource.query(
        `${ROWS} SELECT * FROM rows WHERE ${where}
          ORDER BY ${SORT_COLUMN[args.sort]} ${direction} NULLS LAST, id ${direction}
          LIMIT ${Number(args.limit)} OFFSET ${Number(args.offset)}`,
        params,
      ) as Promise<Row[]>,
      this.dataSource.query(
        `${ROWS}, filtered AS (SELECT id FROM rows WHERE ${where})
         SELECT (SELECT count(*)::int FROM filtered) AS total, (SELECT seconds FROM median) AS median`,
        params,
      ) as Promise<[{ total: number; median: number | null }]>,
    ]);
    return { total: summary.total, medianDurationSeconds: summary.median, items: rows.map(toRow) };
  }

  async exclude(actor: Actor, id: string, reason: string): Promise<ResponseRow> {
    const why = checkedReason(reason, true)!;
    return this.change(actor, id, async (manager, response) => {
      if (response.status !== "submitted")
        throw withReason(
          new AppError("CONFLICT", "Only a submitted response can be excluded; this one is a draft."),
          "NOT_SUBMITTED",
        );
      if (response.excluded_at)
        throw withReason(
          new AppError("CONFLICT", "This response is already excluded from the analyses."),
          "ALREADY_EXCLUDED",
        );
      await manager.query(
        `UPDATE responses SET excluded_at = now(), excluded_by_id = $2, exclusion_reason = $3 WHERE id = $1`,
        [id, actor.id, why],
      );
      return { action: "response.exclude", reason: why };
    });
  }

  async include(actor: Actor, id: string, reason?: string | null): Promise<ResponseRow> {
    const why = checkedReason(reason, false);
    return this.change(actor, id, async (manager, response) => {
      if (!response.excluded_at)
        throw withReason(
          new AppError("CONFLICT", "This response is not excluded, so there is nothing to include again."),
          "NOT_EXCLUDED",
        );
      await manager.query(
        `UPDATE responses SET excluded_at = NULL, excluded_by_id = NULL, exclusion_reason = NULL WHERE id = $1`,
        [id],
      );
      return { action: "response.include", reason: why };
    });
  }

  /** Locks the response, applies one change and audits it in the same transaction, then reads the row back. */
  private async change(
    actor: Actor,
    id: string,
    apply: (
      manager: EntityManager,
      response: { status: ResponseStatus; excluded_at: Date | null; company_id: string | null },
    ) => Promise<{ action: "response.exclude" | "response.include"; reason: string | null }>,
  ): Promise<ResponseRow> {
    assertUuid(id, "The response");
    return this.dataSource.transaction(async (manager) => {
      const [response] = (await manager.query(
        `SELECT status, excluded_at, company_id FROM responses WHERE id = $1 FOR UPDATE`,
        [id],
      )) as Array<{ status: ResponseStatus; excluded_at: Date | null; company_id: string | null }>;
      assertFound(response, "The response");
      const { action, reason } = await apply(manager, response);
      await audit(manager, actor, {
        action,
        subjectType: "response",
        subjectId: id,
        details: {
          ...(response.company_id ? { companyIds: [response.company_id] } : {}),
          ...(reason ? { reason } : {}),
        },
      });
      return this.row(manager, id);
    });
  }

  private async row(manager: EntityManager, id: string): Promise<ResponseRow> {
    const [row] = (await manager.query(`${ROWS} SELECT * FROM rows WHERE id = $3`, [
      this.thresholds.straightLiningMaxSd,
      this.thresholds.speedingFractionOfMedian,
      id,
    ])) as Row[];
    return toRow(row!);
  }
}

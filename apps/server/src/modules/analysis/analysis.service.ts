import { partsOfResult, prepareAnalysis, resultOf, ENGINE_VERSION, type AnalysisResult } from "@smi/analysis";
import { CATEGORY_IDS, COUNTY_CODES } from "@smi/questionnaire";
import type { DataSource, EntityManager } from "typeorm";
import { assertFound, badInput } from "../../common/app-error";
import { assertUuid } from "../../common/ids";
import type { SignedInAccount } from "../accounts/session.service";
import { audit } from "../audit/audit.service";
import { samplingFrameCells } from "../companies/sampling-frame";
import { Analysis } from "./analysis.entity";
import { crossCounts } from "./analysis-data";
import { toAppliedFilter } from "./analysis-view";
import type { AnalysisRun, CategoryByCounty, SavedAnalysis } from "./analysis.types";
import { parseResponseFilter, responseFilterSql, type ResponseFilter } from "./response-filter";
import type { SubmittedResponses } from "./submitted-responses";

export interface RunParameters {
  k: number;
  seed: number;
}

export function checkParameters({ k, seed }: RunParameters): void {
  if (!Number.isInteger(k) || k < 2 || k > 12)
    throw badInput("k must be a whole number from 2 to 12.", [
      { field: "k", code: "OUT_OF_RANGE", params: { min: 2, max: 12 }, message: "from 2 to 12" },
    ]);
  if (!Number.isInteger(seed))
    throw badInput("seed must be a whole number.", [
      { field: "seed", code: "NOT_AN_INTEGER", message: "must be a whole number" },
    ]);
}

/** The small-cell threshold of outputs meant for sharing: 0 (nothing hidden) up to 1 000. */
export function checkSuppressBelow(suppressBelow: number): void {
  if (!Number.isInteger(suppressBelow) || suppressBelow < 0 || suppressBelow > 1000)
    throw badInput("suppressBelow must be a whole number from 0 to 1000.", [
      {
        field: "suppressBelow",
        code: "OUT_OF_RANGE",
        params: { min: 0, max: 1000 },
        message: "from 0 to 1000",
      },
    ]);
}

export class AnalysisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly responses: SubmittedResponses,
  ) {}

  /**
   * Takes the responses the filter selects and prepares the one engine on them; statistics are computed when read
   * (see AnalysisParts), so the caller pays only for what it uses.
   */
  async run(filter: ResponseFilter, parameters: RunParameters): Promise<AnalysisRun> {
    checkParameters(parameters);
    const { rows, dataHash } = await this.responses.matching(filter);
    // A size-class filter leaves the frame's companies of unknown size out, as it leaves out such respondents.
    const frame = { cells: await samplingFrameCells(this.dataSource.manager, filter) };
    return {
      engineVersion: ENGINE_VERSION,
      n: rows.columns.n,
      dataHash,
      parameters: { k: parameters.k, seed: parameters.seed },
      filter: toAppliedFilter(filter),
      parts: prepareAnalysis(rows.columns, parameters, { frame, submittedAt: rows.submittedAt }),
      columns: rows.columns,
    };
  }

  /** Category by county from one SQL aggregate; cells under `suppressBelow` are hidden for outputs meant for sharing. */
  async categoryByCounty(filter: ResponseFilter, suppressBelow: number): Promise<CategoryByCounty> {
    checkSuppressBelow(suppressBelow);
    const counts = await crossCounts(this.dataSource.manager, filter, "county", "category");
    const found = new Map(counts.map((c) => [`${c.row}|${c.column}`, c.n]));
    const cells = COUNTY_CODES.flatMap((county) =>
      CATEGORY_IDS.map((category) => {
        const n = found.get(`${county}|${category}`) ?? 0;
        const suppressed = n > 0 && n < suppressBelow;
        return { county, category, n: suppressed ? null : n, suppressed };
      }),
    );
    return { total: counts.reduce((sum, c) => sum + c.n, 0), cells };
  }

  async save(
    actor: SignedInAccount,
    name: string,
    filter: ResponseFilter,
    parameters: RunParameters,
  ): Promise<SavedAnalysis> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 200)
      throw badInput("Give the analysis a name of 1 to 200 characters.", [
        { field: "name", code: "LENGTH", params: { min: 1, max: 200 }, message: "1 to 200 characters" },
      ]);
    const run = await this.run(filter, parameters);
    const results = resultOf(run.parts) as unknown as Record<string, unknown>;
    const excludedResponseIds = await excludedMatching(this.dataSource.manager, filter);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Analysis, {
          name: trimmed,
          createdById: actor.id,
          parameters: { ...run.parameters, n: run.n, excludedResponseIds },
          filters: { ...filter },
          dataHash: run.dataHash,
          engineVersion: run.engineVersion,
          results,
        }),
      );
      await audit(manager, actor, { action: "analysis.save", subjectType: "analysis", subjectId: saved.id });
      return {
        id: saved.id,
        name: saved.name,
        createdBy: actor.email,
        createdAt: saved.createdAt,
        results: run,
        resultsJson: results,
        excludedResponseIds,
      };
    });
  }

  async list(): Promise<SavedAnalysis[]> {
    const saved = await this.dataSource
      .getRepository(Analysis)
      .find({ relations: { createdBy: true }, order: { createdAt: "DESC" } });
    return saved.map(toSaved);
  }

  async get(id: string): Promise<SavedAnalysis> {
    assertUuid(id, "The analysis");
    const saved = await this.dataSource
      .getRepository(Analysis)
      .findOne({ where: { id }, relations: { createdBy: true } });
    assertFound(saved, "The analysis");
    return toSaved(saved);
  }

  /** The saved analysis's filter and parameters on the data as it is now. */
  rerun(saved: SavedAnalysis): Promise<AnalysisRun> {
    return this.run(savedFilter(saved), saved.results.parameters);
  }
}

/** Stored filters are JSON (dates as ISO strings); they passed validation when saved. */
const savedFilter = (saved: SavedAnalysis): ResponseFilter => parseResponseFilter(saved.results.filter);

function toSaved(a: Analysis): SavedAnalysis {
  const { n, k, seed, excludedResponseIds } = a.parameters as {
    n: number;
    k: number;
    seed: number;
    excludedResponseIds?: string[];
  };
  const result = a.results as unknown as AnalysisResult;
  return {
    id: a.id,
    name: a.name,
    createdBy: a.createdBy?.email ?? null,
    createdAt: a.createdAt,
    results: {
      engineVersion: a.engineVersion,
      n,
      dataHash: a.dataHash,
      parameters: { k, seed },
      filter: toAppliedFilter(parseResponseFilter(a.filters)),
      parts: partsOfResult(result),
    },
    resultsJson: a.results,
    // Saved before exclusions existed: nothing was excluded.
    excludedResponseIds: excludedResponseIds ?? [],
  };
}

/**
 * What an included-only analysis leaves out: the excluded responses its other conditions select, kept with a saved
 * analysis so a published figure says which responses it did not count (the data hash proves the ones it did).
 */
async function excludedMatching(manager: EntityManager, filter: ResponseFilter): Promise<string[]> {
  if (filter.inclusion === "all") return [];
  const params: unknown[] = [];
  const rows = (await manager.query(
    `SELECT r.id FROM responses r
      WHERE ${responseFilterSql({ ...filter, inclusion: "all" }, params)} AND r.excluded_at IS NOT NULL ORDER BY r.id`,
    params,
  )) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

import { ITEM_IDS } from "@smi/questionnaire";
import type { DataSource } from "typeorm";
import { assertFound, badInput } from "../../common/app-error";
import { assertUuid } from "../../common/ids";
import { MIN_COUNTY_PEERS } from "../responses/respondent-result";
import { Response } from "../responses/response.entity";
import type { CompanyReport, ReferenceGroup } from "./company-report.types";

type Means = { n: number; total: number | null; items: (number | null)[] };

/** The printable company report: the company's answers beside its county's and the study's. */
export class CompanyReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(ids: { companyId?: string | null; responseId?: string | null }): Promise<CompanyReport> {
    const response = await this.findResponse(ids);
    const means = await this.referenceMeans(response);
    const visible = (m: Means) => m.n >= MIN_COUNTY_PEERS;
    const reference = (m: Means): ReferenceGroup => ({
      n: m.n,
      suppressed: !visible(m),
      totalMean: visible(m) ? m.total : null,
    });
    return {
      responseId: response.id,
      companyId: response.companyId,
      companyName: response.company?.name ?? null,
      county: response.county,
      sizeClass: response.sizeClass,
      configuration: response.configuration,
      submittedAt: response.submittedAt!,
      totalScore: response.totalScore!,
      category: response.category!,
      scoringKey: response.scoringKey!,
      consistencyFlags: response.consistencyFlags.map((rule) => ({
        rule,
        confirmedByRespondent: response.confirmedConflicts.includes(rule),
      })),
      firstScreening: response.firstScreening,
      items: ITEM_IDS.map((itemId, j) => ({
        itemId,
        position: j + 1,
        answer: response.answers[itemId]!,
        countyMean: visible(means.county) ? means.county.items[j]! : null,
        studyMean: visible(means.study) ? means.study.items[j]! : null,
      })),
      countyReference: reference(means.county),
      studyReference: reference(means.study),
    };
  }

  /** The given response, or the company's latest submitted one; only submitted responses have a report. */
  private async findResponse({
    companyId,
    responseId,
  }: {
    companyId?: string | null;
    responseId?: string | null;
  }): Promise<Response> {
    if (!companyId === !responseId)
      throw badInput("Give either companyId or responseId.", [
        {
          field: companyId ? "responseId" : "companyId",
          code: "NOT_BOTH",
          params: { other: companyId ? "companyId" : "responseId" },
          message: "give exactly one of companyId and responseId",
        },
      ]);
    const what = responseId ? "The submitted response" : "A submitted response of this company";
    assertUuid((responseId ?? companyId)!, what);
    const response = await this.dataSource.getRepository(Response).findOne({
      where: responseId
        ? { id: responseId, status: "submitted" }
        : { companyId: companyId!, status: "submitted" },
      relations: { company: true },
      order: { submittedAt: "DESC" },
    });
    assertFound(response, what);
    return response;
  }

  /** One aggregate over the other submitted responses: the county's (FILTER) and the whole study's. */
  private async referenceMeans(response: Response): Promise<{ county: Means; study: Means }> {
    const aggregates = (scope: string, filter: string) => [
      `count(*) ${filter}::int AS ${scope}_n`,
      `avg(total_score) ${filter}::float8 AS ${scope}_total`,
      ...ITEM_IDS.map((id) => `avg((answers->>'${id}')::int) ${filter}::float8 AS ${scope}_${id}`),
    ];
    const [row] = (await this.dataSource.query(
      `SELECT ${[...aggregates("county", "FILTER (WHERE county = $2)"), ...aggregates("study", "")].join(", ")}
         FROM responses WHERE status = 'submitted' AND source <> 'test' AND id <> $1`,
      [response.id, response.county],
    )) as Record<string, number | null>[];
    const read = (scope: string): Means => ({
      n: row![`${scope}_n`]!,
      total: row![`${scope}_total`] ?? null,
      items: ITEM_IDS.map((id) => row![`${scope}_${id}`] ?? null),
    });
    return { county: read("county"), study: read("study") };
  }
}

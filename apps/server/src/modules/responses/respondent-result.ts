import { lowestItems, validateAnswers } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import type { Response } from "./response.entity";
import type { CountyComparison, RespondentResult } from "./respondent.types";

/** Below this many peers a county comparison would say too much about individual companies, and too little overall. */
export const MIN_COUNTY_PEERS = 5;

export async function buildResult(manager: EntityManager, response: Response): Promise<RespondentResult> {
  const answers = validateAnswers(response.answers);
  return {
    totalScore: response.totalScore!,
    category: response.category!,
    scoringKey: response.scoringKey!,
    submittedAt: response.submittedAt!,
    lowestItems: answers.ok ? lowestItems(answers.value) : [],
    countyComparison: response.county ? await countyComparison(manager, response) : null,
  };
}

/** One aggregate query over the county's other submitted responses (served by the county/category index). */
async function countyComparison(manager: EntityManager, response: Response): Promise<CountyComparison> {
  const [row] = (await manager.query(
    `SELECT count(*)::int AS peers,
            avg(total_score)::float8 AS mean,
            count(*) FILTER (WHERE total_score < $3)::int AS lower,
            count(*) FILTER (WHERE total_score = $3)::int AS equal
       FROM responses
      WHERE status = 'submitted' AND county = $1 AND id <> $2`,
    [response.county, response.id, response.totalScore],
  )) as Array<{ peers: number; mean: number | null; lower: number; equal: number }>;
  const available = row!.peers >= MIN_COUNTY_PEERS;
  return {
    county: response.county!,
    peers: row!.peers,
    available,
    peerMeanScore: available ? Math.round(row!.mean! * 10) / 10 : null,
    percentile: available ? Math.round(((row!.lower + row!.equal / 2) / row!.peers) * 100) : null,
  };
}

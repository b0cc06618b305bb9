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

/**
 * The county's other submitted responses, from the counts the database keeps per county and score (at most 81 rows,
 * whatever the number of responses). The response itself is submitted, so it is in those counts and taken out here,
 * unless it is a test-mode try, which the counts never hold.
 */
async function countyComparison(manager: EntityManager, response: Response): Promise<CountyComparison> {
  const self = response.source === "test" ? 0 : 1;
  const [row] = (await manager.query(
    `SELECT coalesce(sum(responses), 0)::int - $3 AS peers,
            (coalesce(sum(responses::bigint * total_score), 0) - $2 * $3)::float8 AS "scoreSum",
            coalesce(sum(responses) FILTER (WHERE total_score < $2), 0)::int AS lower,
            coalesce(sum(responses) FILTER (WHERE total_score = $2), 0)::int - $3 AS equal
       FROM county_score_counts
      WHERE county = $1`,
    [response.county, response.totalScore, self],
  )) as Array<{ peers: number; scoreSum: number; lower: number; equal: number }>;
  const available = row!.peers >= MIN_COUNTY_PEERS;
  return {
    county: response.county!,
    peers: row!.peers,
    available,
    peerMeanScore: available ? Math.round((row!.scoreSum / row!.peers) * 10) / 10 : null,
    percentile: available ? Math.round(((row!.lower + row!.equal / 2) / row!.peers) * 100) : null,
  };
}

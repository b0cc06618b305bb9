import { lowestItems, validateAnswers, type Answers } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import type { Response } from "./response.entity";
import type { CountyComparison, RespondentResult } from "./respondent.types";

/** Below this many peers a county comparison would say too much about individual companies, and too little overall. */
export const MIN_COUNTY_PEERS = 5;

/** The county's counts a comparison is made from: the other submitted responses of the county. */
export interface CountyPeerCounts {
  peers: number;
  scoreSum: number;
  /** Peers with a lower total, and with the same total. */
  lower: number;
  equal: number;
}

/**
 * The county's counts as the submitting statement itself reads them (see SUBMIT_READ_DRAFT): one expression for
 * both paths. `$self` is 1 when the response is already in the counts (submitted and not a test-mode try), else 0.
 */
export const countyPeerCountsSql = (county: string, total: string, self: string) => `
  SELECT coalesce(sum(responses), 0)::int - ${self} AS peers,
         (coalesce(sum(responses::bigint * total_score), 0) - ${total} * ${self})::float8 AS "scoreSum",
         coalesce(sum(responses) FILTER (WHERE total_score < ${total}), 0)::int AS lower,
         coalesce(sum(responses) FILTER (WHERE total_score = ${total}), 0)::int - ${self} AS equal
    FROM county_score_counts
   WHERE county = ${county}`;

/** What the submit already has when it builds the result: the county's counts (read in its own statement) and the answers it validated. */
export interface SubmitKnows {
  peerCounts: CountyPeerCounts;
  answers: Answers;
}

/** The result page, from the stored response, or from what the submit already knows. */
export async function buildResult(
  manager: EntityManager,
  response: Response,
  known?: SubmitKnows,
): Promise<RespondentResult> {
  const answers = known ? { ok: true as const, value: known.answers } : validateAnswers(response.answers);
  return {
    totalScore: response.totalScore!,
    category: response.category!,
    scoringKey: response.scoringKey!,
    submittedAt: response.submittedAt!,
    lowestItems: answers.ok ? lowestItems(answers.value) : [],
    countyComparison: response.county
      ? countyComparison(response.county, known?.peerCounts ?? (await readPeerCounts(manager, response)))
      : null,
  };
}

/**
 * The county's other submitted responses, from the counts the database keeps per county and score (at most 81 rows,
 * whatever the number of responses). The response itself is submitted, so it is in those counts and taken out here,
 * unless it is a test-mode try, which the counts never hold.
 */
async function readPeerCounts(manager: EntityManager, response: Response): Promise<CountyPeerCounts> {
  const [row] = (await manager.query(countyPeerCountsSql("$1", "$2", "$3"), [
    response.county,
    response.totalScore,
    response.source === "test" ? 0 : 1,
  ])) as CountyPeerCounts[];
  return row!;
}

function countyComparison(
  county: NonNullable<Response["county"]>,
  counts: CountyPeerCounts,
): CountyComparison {
  const available = counts.peers >= MIN_COUNTY_PEERS;
  return {
    county,
    peers: counts.peers,
    available,
    peerMeanScore: available ? Math.round((counts.scoreSum / counts.peers) * 10) / 10 : null,
    percentile: available ? Math.round(((counts.lower + counts.equal / 2) / counts.peers) * 100) : null,
  };
}

import { createHash } from "node:crypto";
import { ITEM_IDS, PERFORMANCE_INDICATOR_IDS } from "@smi/questionnaire";
import type { Response } from "./response.entity";

/**
 * A fingerprint of everything the review screen shows (profile, answers, performance, configuration). The web app
 * submits the one it reviewed; a submit with another one means something changed elsewhere since (a second tab,
 * another device), and the respondent must see the review again rather than submit what they never saw.
 * Keys come in a fixed order, so the same content always gives the same fingerprint.
 */
export function reviewRevision(response: Response | null): string {
  if (!response) return "none";
  const content = [
    response.county,
    response.employees,
    response.turnoverEur,
    response.balanceSheetEur,
    response.hasMarketingDept,
    ITEM_IDS.map((id) => response.answers[id] ?? null),
    PERFORMANCE_INDICATOR_IDS.map((id) => (id in response.performance ? response.performance[id] : "-")),
    response.configuration,
  ];
  return createHash("sha256").update(JSON.stringify(content)).digest("base64url").slice(0, 22);
}

import { validatePerformance, type Locale, type PerformanceIssue } from "@smi/questionnaire";
import type { PerformanceValueInput } from "../../gql/graphql";
import { formatForInput, parseNumber } from "../forms/parse-number";
import type { Indicator } from "../journey/journey-context";
import type { Session } from "../journey/steps";

/** One indicator as typed; "prefer not to say" is an answer (null), an empty field is no answer. */
export type IndicatorDraft = { readonly text: string; readonly preferNot: boolean };
export type PerformanceDraft = Readonly<Record<string, IndicatorDraft>>;

export function draftFromSession(
  indicators: readonly Indicator[],
  performance: Session["performance"],
): PerformanceDraft {
  const saved = new Map(performance.map((p) => [p.indicatorId, p.value]));
  return Object.fromEntries(
    indicators.map((indicator) => {
      const value = saved.get(indicator.id);
      return [
        indicator.id,
        { text: formatForInput(value), preferNot: saved.has(indicator.id) && value === null },
      ];
    }),
  );
}

/**
 * The API's values, or every problem of the form at once: text that is not a number, and the questionnaire's own
 * ranges and whole-number rules, the ones the server applies.
 */
export function readDraft(
  indicators: readonly Indicator[],
  draft: PerformanceDraft,
  locale: Locale,
): { ok: true; values: PerformanceValueInput[] } | { ok: false; issues: PerformanceIssue[] } {
  const entries: [string, number | null][] = [];
  for (const { id } of indicators) {
    const entry = draft[id];
    if (!entry) continue;
    const value = entry.preferNot ? null : parseNumber(entry.text, locale);
    // Nothing typed is no answer; parseNumber's NaN (not a number) goes on to be reported.
    if (entry.preferNot || value !== null) entries.push([id, value]);
  }
  const result = validatePerformance(Object.fromEntries(entries));
  if (!result.ok) return { ok: false, issues: result.issues };
  return { ok: true, values: entries.map(([indicatorId, value]) => ({ indicatorId, value })) };
}

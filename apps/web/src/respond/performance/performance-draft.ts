import type { Locale } from "@smi/questionnaire";
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

/** The API's values, or the indicators whose text is not a number at all (ranges are the server's to judge). */
export function readDraft(
  indicators: readonly Indicator[],
  draft: PerformanceDraft,
  locale: Locale,
): { ok: true; values: PerformanceValueInput[] } | { ok: false; invalid: string[] } {
  const values: PerformanceValueInput[] = [];
  const invalid: string[] = [];
  for (const { id } of indicators) {
    const entry = draft[id];
    if (!entry) continue;
    if (entry.preferNot) {
      values.push({ indicatorId: id, value: null });
      continue;
    }
    const value = parseNumber(entry.text, locale);
    if (value === null) continue;
    if (Number.isNaN(value)) invalid.push(id);
    else values.push({ indicatorId: id, value });
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, values };
}

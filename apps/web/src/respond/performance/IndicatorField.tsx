import type { PerformanceIssueCode } from "@smi/questionnaire";
import { useLocale, useLocalized } from "../../i18n/useT";
import { formatNumber } from "../forms/format";
import { TextField } from "../forms/TextField";
import { useRespondT } from "../i18n";
import type { Indicator } from "../journey/journey-context";
import type { IndicatorDraft } from "./performance-draft";
import { unitLabel } from "./unit-label";

type IndicatorFieldProps = {
  indicator: Indicator;
  draft: IndicatorDraft;
  /** Why the value is refused, if it is. */
  issue?: PerformanceIssueCode;
  onChange: (draft: IndicatorDraft) => void;
};

export function IndicatorField({ indicator, draft, issue, onChange }: IndicatorFieldProps) {
  const t = useRespondT().performance;
  const { locale } = useLocale();
  const localized = useLocalized();
  const id = `indicator-${indicator.id}`;
  const min = formatNumber(indicator.min, locale);
  const max = formatNumber(indicator.max, locale);
  const unit = unitLabel(t.units, indicator.unit);
  return (
    <div className="indicator">
      <TextField
        id={id}
        label={`${localized(indicator.label)} (${unit})`}
        hint={`${localized(indicator.help)} ${t.range(min, max)}`}
        inputMode={indicator.integer ? "numeric" : "decimal"}
        unit={indicator.unit === "count" ? undefined : unit}
        value={draft.preferNot ? "" : draft.text}
        disabled={draft.preferNot}
        error={
          issue === undefined
            ? undefined
            : indicator.integer || issue === "NOT_AN_INTEGER"
              ? t.invalidInteger(min, max)
              : t.invalid(min, max)
        }
        onChange={(text) => onChange({ ...draft, text })}
      />
      <label className="checkbox" htmlFor={`${id}-prefer-not`}>
        <input
          id={`${id}-prefer-not`}
          type="checkbox"
          checked={draft.preferNot}
          onChange={(event) => onChange({ ...draft, preferNot: event.target.checked })}
        />
        {t.preferNotToSay}
      </label>
    </div>
  );
}

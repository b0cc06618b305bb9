import { COUNTIES, type CountyCode } from "@smi/questionnaire";
import { useId } from "react";
import { useDashboardT } from "../i18n";

type CompareCountyProps = {
  value: CountyCode | "none";
  counties: readonly CountyCode[];
  onChange: (value: CountyCode | "none") => void;
};

/** Which county's response rate to draw beside the whole's, if any. */
export function CompareCounty({ value, counties, onChange }: CompareCountyProps) {
  const t = useDashboardT().progress;
  const id = useId();
  return (
    <p className="compare-county">
      <label htmlFor={id}>{t.compareWith}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as CountyCode | "none")}>
        <option value="none">{t.compareNone}</option>
        {COUNTIES.filter((c) => counties.includes(c.code)).map((county) => (
          <option key={county.code} value={county.code}>
            {county.name}
          </option>
        ))}
      </select>
    </p>
  );
}

import { COUNTIES, type CountyCode } from "@smi/questionnaire";

type CountyCheckboxesProps = {
  legend: string;
  hint: string;
  selected: readonly CountyCode[];
  onChange: (selected: CountyCode[]) => void;
};

export function CountyCheckboxes({ legend, hint, selected, onChange }: CountyCheckboxesProps) {
  const toggle = (code: CountyCode, checked: boolean) =>
    onChange(checked ? [...selected, code] : selected.filter((c) => c !== code));
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p className="field-hint">{hint}</p>
      <div className="checkbox-grid">
        {COUNTIES.map((county) => (
          <label className="checkbox" key={county.code}>
            <input
              type="checkbox"
              checked={selected.includes(county.code)}
              onChange={(e) => toggle(county.code, e.target.checked)}
            />
            {county.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { RequiredMark } from "../forms/TextField";
import { useRespondT } from "../i18n";

type MarketingDeptFieldProps = {
  id: string;
  value: boolean | null;
  error?: string;
  onChange: (value: boolean) => void;
};

export function MarketingDeptField({ id, value, error, onChange }: MarketingDeptFieldProps) {
  const t = useRespondT();
  const options = [
    { answer: true, label: t.common.yes, optionId: id },
    { answer: false, label: t.common.no, optionId: `${id}-no` },
  ];
  return (
    <fieldset
      className={error ? "field field-invalid" : "field"}
      role="radiogroup"
      aria-required="true"
      aria-invalid={error ? true : undefined}
      aria-describedby={[error && `${id}-error`, `${id}-hint`].filter(Boolean).join(" ")}
    >
      <legend>
        {t.profile.marketingDept}
        <RequiredMark />
      </legend>
      <p id={`${id}-hint`} className="hint">
        {t.profile.marketingDeptHint}
      </p>
      <div className="choice-row">
        {options.map(({ answer, label, optionId }) => (
          <label key={optionId} className="choice" htmlFor={optionId}>
            <input
              id={optionId}
              type="radio"
              name={id}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            {label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import { useEffect, useRef, type KeyboardEvent } from "react";
import { useLocalized } from "../../i18n/useT";
import { useJourney } from "../journey/journey-context";

type ScaleRadioGroupProps = {
  name: string;
  statement: string;
  value: number | undefined;
  error?: string;
  onChange: (value: number) => void;
  /** Enter anywhere in the group: move on. */
  onEnter: () => void;
};

/**
 * The 1–5 agreement scale as native radio buttons named by the statement: arrow keys choose, Tab leaves the
 * group, digits 1–5 pick directly. Focus lands in the group when a statement appears, so keyboard users can
 * answer twenty statements with arrows and Enter alone.
 */
export function ScaleRadioGroup({ name, statement, value, error, onChange, onEnter }: ScaleRadioGroupProps) {
  const localized = useLocalized();
  const { scale } = useJourney().texts;
  const group = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    const options = group.current?.querySelectorAll<HTMLInputElement>("input[type=radio]");
    const target = [...(options ?? [])].find((o) => o.checked) ?? options?.[0];
    target?.focus();
  }, [name]);

  const handleKey = (event: KeyboardEvent) => {
    if (event.key === "Enter") {
      event.preventDefault();
      onEnter();
      return;
    }
    const digit = Number(event.key);
    if (scale.some((option) => option.value === digit)) {
      event.preventDefault();
      onChange(digit);
      group.current?.querySelector<HTMLInputElement>(`input[value="${digit}"]`)?.focus();
    }
  };

  return (
    <fieldset
      ref={group}
      className={error ? "scale field-invalid" : "scale"}
      aria-describedby={error ? `${name}-error` : undefined}
      onKeyDown={handleKey}
    >
      <legend className="statement">{statement}</legend>
      <div className="scale-options">
        {scale.map((option) => (
          <label key={option.value} className="scale-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="scale-value" aria-hidden="true">
              {option.value}
            </span>
            <span>{localized(option.label)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import { useId, type ReactNode } from "react";

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type FormFieldProps = {
  label: string;
  /** A problem to show under the control (from the server or the form itself). */
  error?: string;
  hint?: string;
  /** Set when the error is the server's English text, so screen readers pronounce it right. */
  errorLang?: string;
  children: (control: ControlProps) => ReactNode;
};

/** A label, the control, a hint and an error, tied together with ids so assistive technology reads them all. */
export function FormField({ label, error, hint, errorLang, children }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {error && (
        <p className="field-error" id={errorId} lang={errorLang}>
          {error}
        </p>
      )}
    </div>
  );
}

import type { ReactNode } from "react";
import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";

/** What a row's form did, said where the form was, with a button back to the row's actions. */
export function RowFormDone({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const t = useResearchT();
  return (
    <div className="reissued" role="status">
      {children}
      <button type="button" onClick={onClose}>
        {t.common.close}
      </button>
    </div>
  );
}

/** A row form's submit button, named after what it does to which company, and Cancel. */
export function RowFormButtons({
  label,
  busy,
  onClose,
}: {
  label: string;
  busy: boolean;
  onClose: () => void;
}) {
  const t = useResearchT();
  return (
    <div className="row-actions">
      <button type="submit" disabled={busy}>
        {label}
      </button>
      <button type="button" onClick={onClose}>
        {t.common.cancel}
      </button>
    </div>
  );
}

type ReasonFieldProps = {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error: { error?: string; errorLang?: string };
};

/** The reason the audit log keeps for a change to one invitation; the server requires 3 to 500 characters. */
export function ReasonField({ label, hint, value, onChange, error }: ReasonFieldProps) {
  return (
    <FormField label={label} hint={hint} {...error}>
      {(control) => <input {...control} required value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

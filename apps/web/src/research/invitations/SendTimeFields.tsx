import { useResearchT } from "../i18n";
import { FormField } from "../ui/FormField";

export type SendTime = { when: "now" | "later"; local: string };

/** The ISO instant of a "later" choice (the researcher's local time), or null for "now" or an empty field. */
export function sendAtIso({ when, local }: SendTime): string | null {
  if (when === "now" || !local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

type SendTimeFieldsProps = { value: SendTime; onChange: (value: SendTime) => void; error?: string };

/** Now, or a date and time at which the confirmed send goes out by itself. */
export function SendTimeFields({ value, onChange, error }: SendTimeFieldsProps) {
  const t = useResearchT();
  return (
    <fieldset>
      <legend>{t.sending.when}</legend>
      <label className="checkbox">
        <input
          type="radio"
          name="send-time"
          checked={value.when === "now"}
          onChange={() => onChange({ ...value, when: "now" })}
        />
        {t.sending.sendNow}
      </label>
      <label className="checkbox">
        <input
          type="radio"
          name="send-time"
          checked={value.when === "later"}
          onChange={() => onChange({ ...value, when: "later" })}
        />
        {t.sending.sendLater}
      </label>
      {value.when === "later" && (
        <FormField label={t.sending.sendAt} hint={t.sending.sendAtHint} error={error}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              required
              value={value.local}
              onChange={(e) => onChange({ ...value, local: e.target.value })}
            />
          )}
        </FormField>
      )}
    </fieldset>
  );
}

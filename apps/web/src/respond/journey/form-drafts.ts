import { browserStorage, deviceKey } from "./device-store";

/** The steps whose form is saved as a whole when the respondent presses Continue. */
export type FormStep = "profile" | "performance" | "configuration";

type Field = string | number | boolean | null;
/** A form as typed: plain fields, or one level of them (an indicator's text and "prefer not to say"). */
export type FormDraft = Readonly<Record<string, Field | Readonly<Record<string, Field>>>>;

const isField = (value: unknown): value is Field =>
  value === null || ["string", "number", "boolean"].includes(typeof value);

/** A stored draft is used only when it has exactly the form's fields, each of a plain kind. */
function fits(stored: unknown, form: FormDraft): stored is FormDraft {
  if (typeof stored !== "object" || stored === null) return false;
  const keys = Object.keys(form);
  const record = stored as Record<string, unknown>;
  if (Object.keys(record).length !== keys.length) return false;
  return keys.every((key) => {
    const expected = form[key];
    const value = record[key];
    if (typeof expected === "object" && expected !== null)
      return typeof value === "object" && value !== null && fits(value, expected);
    return isField(value);
  });
}

/**
 * What a respondent typed in a form step and the server has not saved yet, in localStorage beside the statement
 * answers (journey/device-store.ts): closing the tab, a phone discarding it or a reload loses nothing. Removed
 * once the server has saved the step.
 */
export class FormDrafts {
  private readonly prefix: string;

  constructor(
    token: string,
    private readonly storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null = browserStorage(),
  ) {
    this.prefix = `${deviceKey(token)}.form.`;
  }

  /** The draft kept for `step`, if it fits the form as it is now. */
  read<T extends FormDraft>(step: FormStep, form: T): T | null {
    try {
      const stored: unknown = JSON.parse(this.storage?.getItem(this.prefix + step) ?? "null");
      return fits(stored, form) ? (stored as T) : null;
    } catch {
      return null;
    }
  }

  /** True when the draft is kept on this device (storage can be full, or off in a private window). */
  write(step: FormStep, draft: FormDraft): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(this.prefix + step, JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }

  clear(step: FormStep): void {
    try {
      this.storage?.removeItem(this.prefix + step);
    } catch {
      // Nothing to do: a draft that cannot be removed was not kept either.
    }
  }
}

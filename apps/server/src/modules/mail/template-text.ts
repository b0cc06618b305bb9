import type { FieldError } from "../../common/app-error";

export const PLACEHOLDERS = ["company", "link", "deadline", "contactName"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Problems a researcher must fix before a template is saved: unknown placeholders (usually typos that would reach
 * respondents verbatim) and a body without {{link}}, which would make the e-mail useless.
 */
export function templateProblems(subject: string, body: string): FieldError[] {
  const problems: FieldError[] = [];
  const known = new Set<string>(PLACEHOLDERS);
  const list = PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ");
  for (const [field, text] of [
    ["subject", subject],
    ["body", body],
  ] as const) {
    if (!text.trim()) problems.push({ field, code: "TEXT_EMPTY", message: "must not be empty" });
    for (const [, name] of text.matchAll(PLACEHOLDER)) {
      if (!known.has(name!)) {
        problems.push({
          field,
          code: "UNKNOWN_PLACEHOLDER",
          params: { placeholder: `{{${name}}}`, known: list },
          message: `unknown placeholder {{${name}}}: use ${list}`,
        });
      }
    }
  }
  if (![...body.matchAll(PLACEHOLDER)].some(([, name]) => name === "link")) {
    problems.push({
      field: "body",
      code: "MISSING_LINK",
      message: "must contain {{link}}, the respondent's personal link",
    });
  }
  if (subject.includes("\n"))
    problems.push({ field: "subject", code: "SUBJECT_MULTILINE", message: "must be one line" });
  return problems;
}

/** Fills the placeholders of a validated template; values are plain text (the e-mails are text/plain). */
export function renderTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as Placeholder] : whole,
  );
}

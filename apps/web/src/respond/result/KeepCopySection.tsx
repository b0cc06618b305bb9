import { useState } from "react";
import type { Locale } from "@smi/questionnaire";
import { KEEP_COPY_TEXT } from "./keep-copy-text";

type KeepCopyProps = { locale: Locale; sendEmail: () => Promise<unknown> };

/** The server's `reason` for refusing (GraphQLRequestError's extensions), read without importing the class. */
type Refusal = { extensions?: { reason?: unknown; params?: { max?: number } } };

type EmailState = { kind: "idle" | "sending" | "sent" } | { kind: "refused"; text: string };

/**
 * Print (one A4 page, see respond.css) or the browser's "Save as PDF", and a copy by e-mail to the company's contact
 * address on record. The PDF comes from the browser rather than a PDF library: it keeps the page's fonts, so ș and ț
 * print right, and adds nothing to the respondent's download.
 */
export default function KeepCopySection({ locale, sendEmail }: KeepCopyProps) {
  const t = KEEP_COPY_TEXT[locale];
  const [email, setEmail] = useState<EmailState>({ kind: "idle" });

  const askForEmail = async () => {
    setEmail({ kind: "sending" });
    const refusal = await sendEmail().then(
      () => null,
      (error: Refusal) => error.extensions ?? {},
    );
    if (!refusal) return setEmail({ kind: "sent" });
    const text =
      refusal.reason === "RESULT_EMAIL_LIMIT"
        ? t.emailLimit(refusal.params?.max ?? 0)
        : refusal.reason === "NO_CONTACT_EMAIL"
          ? t.emailNoContact
          : t.emailFailed;
    setEmail({ kind: "refused", text });
  };

  return (
    <section className="keep-copy no-print" aria-labelledby="result-keep">
      <h2 id="result-keep">{t.keepHeading}</h2>
      <div className="step-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t.print}
        </button>
        <button
          type="button"
          onClick={() => void askForEmail()}
          disabled={email.kind === "sending" || email.kind === "sent"}
        >
          {email.kind === "sending" ? t.emailSending : t.email}
        </button>
      </div>
      <p className="hint">{t.printHint}</p>
      <p className="hint">{t.emailHint}</p>
      <p role="status" className={email.kind === "refused" ? "notice notice-error" : undefined}>
        {email.kind === "sent" ? t.emailSent : email.kind === "refused" ? email.text : ""}
      </p>
    </section>
  );
}

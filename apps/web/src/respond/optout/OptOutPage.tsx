import { useEffect, useState } from "react";
import { PageLoading } from "../../ui/PageLoading";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useRespondT } from "../i18n";
import { StepHeading } from "../journey/StepHeading";
import { DeclinedNotice } from "../status/DeclinedNotice";
import { ContactLine } from "../study/ContactLine";
import { StudyFooter } from "../study/StudyFooter";
import { usePublicStudy, type StudyDetails } from "../study/usePublicStudy";
import "../respond.css";

type Outcome = "working" | "done" | "rate-limited" | "OPT_OUT_MALFORMED" | "OPT_OUT_UNKNOWN";

/** The same one-click POST mail programs send (RFC 8058); answers which of the outcomes above it was. */
async function optOut(token: string): Promise<Outcome> {
  const response = await fetch(`/optout/${encodeURIComponent(token)}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
  if (response.ok) return "done";
  if (response.status === 429) return "rate-limited";
  const body = (await response.json().catch(() => ({}))) as {
    errors?: Array<{ extensions?: { reason?: string } }>;
  };
  return body.errors?.[0]?.extensions?.reason === "OPT_OUT_MALFORMED"
    ? "OPT_OUT_MALFORMED"
    : "OPT_OUT_UNKNOWN";
}

/**
 * /optout/<token>, the link at the foot of every e-mail: opening it records the refusal, without a sign-in. The
 * page sends the POST itself, so link scanners that only fetch the address opt nobody out.
 */
export function OptOutPage({ token }: { token: string }) {
  const t = useRespondT();
  const [outcome, setOutcome] = useState<Outcome>("working");
  const study = usePublicStudy(true);
  useDocumentTitle(t.title);
  useEffect(() => {
    let current = true;
    optOut(token).then(
      (result) => current && setOutcome(result),
      () => current && setOutcome("OPT_OUT_UNKNOWN"),
    );
    return () => {
      current = false;
    };
  }, [token]);

  if (outcome === "working") return <PageLoading />;
  return (
    <>
      <OptOutOutcome outcome={outcome} study={study} />
      <StudyFooter study={study} />
    </>
  );
}

function OptOutOutcome({
  outcome,
  study,
}: {
  outcome: Exclude<Outcome, "working">;
  study: StudyDetails | null;
}) {
  const t = useRespondT();
  switch (outcome) {
    case "done":
      return <DeclinedNotice study={study} />;
    case "rate-limited":
      return (
        <article className="step">
          <StepHeading>{t.rateLimitedPage.title}</StepHeading>
          <p>{t.rateLimitedPage.body}</p>
        </article>
      );
    default:
      return (
        <article className="step">
          <StepHeading>{t.unavailable.title}</StepHeading>
          <p>{t.optOut.problems[outcome]}</p>
          <ContactLine study={study} lead={t.studyFooter.questions} />
        </article>
      );
  }
}

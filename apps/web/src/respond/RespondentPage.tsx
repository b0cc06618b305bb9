import { isLocale } from "@smi/questionnaire";
import { useCallback, useEffect, useEffectEvent, useState } from "react";
import { useLocale } from "../i18n/useT";
import { PageLoading } from "../ui/PageLoading";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { respondentApi } from "./api/respondent-api";
import { toFailure, type Failure } from "./api/request-failure";
import { useRespondT } from "./i18n";
import { Journey } from "./journey/Journey";
import { TestModeBanner } from "./journey/TestModeBanner";
import type { Study, Texts } from "./journey/journey-context";
import type { Session } from "./journey/steps";
import { DeclinedNotice } from "./status/DeclinedNotice";
import { ProblemPage } from "./status/ProblemPage";
import { UnavailablePage } from "./status/UnavailablePage";
import { StudyFooter } from "./study/StudyFooter";
import { usePublicStudy, type StudyDetails } from "./study/usePublicStudy";
import "./respond.css";

type RespondentPageProps = {
  /** The personal token from the invitation link /r/<token>; never shown, it is the respondent's key. */
  token: string;
  /** The screen's address under the link (statements/4), empty for the link itself. */
  stepPath: string;
};

type LoadState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly session: Session; readonly study: Study; readonly texts: Texts }
  | { readonly kind: "failed"; readonly failure: Failure };

/** Where a respondent lands from the personal link in their invitation e-mail; the study's footer under every state. */
export function RespondentPage({ token, stepPath }: RespondentPageProps) {
  const t = useRespondT();
  const { setLocale } = useLocale();
  const [state, setState] = useState<LoadState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle(t.title);

  // The link remembers its language (the invitation's, or the one chosen earlier on any device).
  const adoptLinkLocale = useEffectEvent((locale: string) => {
    if (isLocale(locale)) setLocale(locale);
  });
  useEffect(() => {
    let current = true;
    respondentApi.start(token).then(
      ({ respondentSession, study, questionnaire }) => {
        if (!current) return;
        adoptLinkLocale(respondentSession.locale);
        setState({ kind: "ready", session: respondentSession, study, texts: questionnaire });
      },
      (error: unknown) => {
        if (current) setState({ kind: "failed", failure: toFailure(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);

  const fail = useCallback((failure: Failure) => setState({ kind: "failed", failure }), []);
  const retry = () => {
    setState({ kind: "loading" });
    setAttempt((n) => n + 1);
  };

  // A link that cannot be used brings no study with it: fetch who to write to.
  const publicStudy = usePublicStudy(state.kind === "failed");
  if (state.kind === "loading") return <PageLoading />;
  const study = state.kind === "ready" ? state.study : publicStudy;
  return (
    <>
      {state.kind === "ready" && state.session.testMode && <TestModeBanner />}
      {state.kind === "ready" ? (
        <Journey
          token={token}
          stepPath={stepPath}
          initialSession={state.session}
          study={state.study}
          texts={state.texts}
          onUnavailable={fail}
        />
      ) : (
        <FailurePage failure={state.failure} study={study} onRetry={retry} />
      )}
      <StudyFooter study={study} />
    </>
  );
}

type FailurePageProps = { failure: Failure; study: StudyDetails | null; onRetry: () => void };

/** Instead of the questionnaire: why it cannot be opened, and what to do. */
function FailurePage({ failure, study, onRetry }: FailurePageProps) {
  const t = useRespondT();
  if (failure.kind === "unavailable") {
    return failure.reason === "DECLINED" ? (
      <DeclinedNotice study={study} />
    ) : (
      <UnavailablePage reason={failure.reason} study={study} />
    );
  }
  const { title, body } = failure.kind === "rate-limited" ? t.rateLimitedPage : t.loadFailed;
  return <ProblemPage title={title} body={body} onRetry={onRetry} />;
}

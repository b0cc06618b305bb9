import { useEffect, useEffectEvent, useState } from "react";
import type { Failure } from "../api/request-failure";
import { ConfigurationStep } from "../configuration/ConfigurationStep";
import { ConsentStep } from "../consent/ConsentStep";
import { DeclinedStep } from "../consent/DeclinedStep";
import { PerformanceStep } from "../performance/PerformanceStep";
import { ProfileStep } from "../profile/ProfileStep";
import { ScreenedOutStep } from "../profile/ScreenedOutStep";
import { ResultStep } from "../result/ResultStep";
import { ReviewStep } from "../review/ReviewStep";
import { StatementStep } from "../statements/StatementStep";
import { WelcomeStep } from "../welcome/WelcomeStep";
import { DeviceStore } from "./device-store";
import { itemIdsOf, JourneyContext, type Study, type Texts } from "./journey-context";
import { JourneyNotices } from "./JourneyNotices";
import { JourneyProgress } from "./JourneyProgress";
import { goToStep, openedFromReview } from "./step-history";
import { linkPath, parseStepPath, stepAddress, stepPath as pathOf } from "./step-path";
import { isReachable, resumeStep, type Session, type Step } from "./steps";
import { useAnswers } from "./useAnswers";
import { useLinkLocale } from "./useLinkLocale";

type JourneyProps = {
  token: string;
  /** The screen's address under the link; empty for the link itself, which resumes. */
  stepPath: string;
  initialSession: Session;
  study: Study;
  texts: Texts;
  onUnavailable: (failure: Failure) => void;
};

/**
 * The respondent's way from welcome to result. Each screen has its own address, so Back, Forward and a reload
 * work; an address the respondent cannot use yet (a later step, a bookmark from before) shows the screen to
 * continue with, and the address is corrected to it.
 */
export function Journey({ token, stepPath, initialSession, study, texts, onUnavailable }: JourneyProps) {
  const [session, setSession] = useState(initialSession);
  const [device] = useState(() => new DeviceStore(token));
  const answers = useAnswers(token, device, initialSession.answers, onUnavailable);
  const [declined, setDeclined] = useState(false);
  useLinkLocale(token);

  const itemIds = itemIdsOf(texts);
  // Answers waiting on this device count: a statement answered offline opens the next one.
  const known: Session = {
    ...session,
    answers: [...answers.values].map(([itemId, value]) => ({ itemId, value })),
  };
  /** The screen an address names if it may be shown now, else the one to continue with. */
  const resolve = (path: string): Step => {
    const requested = parseStepPath(path, itemIds.length);
    return requested && isReachable(requested, known, itemIds) ? requested : resumeStep(known, itemIds);
  };

  // The screen shown is state, changed together with the session it depends on (a step's save and the move to
  // the next step are one update), and checked when the address comes from outside: the link, a reload, Back.
  const [address, setAddress] = useState(() => pathOf(resolve(stepPath)));
  const [returnedTo] = useState(() =>
    stepPath === "" && initialSession.profileConfirmed && !initialSession.result ? address : null,
  );
  const onHistory = useEffectEvent(() => {
    const path = window.location.pathname.slice(linkPath(token).length + 1);
    const step = resolve(path);
    if (pathOf(step) !== path) goToStep(token, step, { replace: true });
    setAddress(pathOf(step));
  });
  useEffect(() => {
    const onPopState = () => onHistory();
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  // Once submitted (here or elsewhere), answers still waiting on this device have nowhere to go.
  useEffect(() => {
    if (session.result) device.writeAnswers(new Map());
  }, [session.result, device]);

  const step = resolve(address);
  const shown: Step = declined
    ? { kind: "declined" }
    : step.kind === "statement"
      ? { ...step, fromReview: openedFromReview() }
      : step;
  // The address bar names the screen shown: the link itself, or a screen that cannot be shown (yet), is replaced.
  const wanted = declined ? null : stepAddress(token, shown);
  useEffect(() => {
    if (wanted && window.location.pathname !== wanted) goToStep(token, shown, { replace: true });
    // Only a change of the wanted address calls for a correction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);

  const go = (next: Step) => {
    if (next.kind === "declined") {
      setDeclined(true);
      return;
    }
    if (goToStep(token, next) === "moved") setAddress(pathOf(next));
  };
  const state = { token, session, study, texts, answers, device, setSession, go, escalate: onUnavailable };
  return (
    <JourneyContext value={state}>
      <JourneyProgress step={shown} statementCount={itemIds.length} />
      <JourneyNotices returning={returnedTo !== null && returnedTo === address} />
      <StepView step={shown} />
    </JourneyContext>
  );
}

function StepView({ step }: { step: Step }) {
  switch (step.kind) {
    case "welcome":
      return <WelcomeStep />;
    case "consent":
      return <ConsentStep />;
    case "declined":
      return <DeclinedStep />;
    case "profile":
      return <ProfileStep />;
    case "screened-out":
      return <ScreenedOutStep />;
    case "statement":
      // A new key per statement: its own state, and focus moves into the new scale.
      return <StatementStep key={step.index} index={step.index} fromReview={step.fromReview ?? false} />;
    case "performance":
      return <PerformanceStep />;
    case "configuration":
      return <ConfigurationStep />;
    case "review":
      return <ReviewStep />;
    case "result":
      return <ResultStep />;
  }
}

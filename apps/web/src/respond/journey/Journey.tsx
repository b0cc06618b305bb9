import { useState } from "react";
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
import { itemIdsOf, JourneyContext, type Study, type Texts } from "./journey-context";
import { resumeStep, type Session, type Step } from "./steps";
import { useAnswers } from "./useAnswers";
import { useLinkLocale } from "./useLinkLocale";

type JourneyProps = {
  token: string;
  initialSession: Session;
  study: Study;
  texts: Texts;
  onUnavailable: (failure: Failure) => void;
};

/** The respondent's way from welcome to result, starting wherever they stopped last time. */
export function Journey({ token, initialSession, study, texts, onUnavailable }: JourneyProps) {
  const [session, setSession] = useState(initialSession);
  const [step, go] = useState<Step>(() => resumeStep(initialSession, itemIdsOf(texts)));
  const answers = useAnswers(token, initialSession.answers, onUnavailable);
  useLinkLocale(token);

  const state = { token, session, study, texts, answers, setSession, go, escalate: onUnavailable };
  return (
    <JourneyContext value={state}>
      <StepView step={step} />
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

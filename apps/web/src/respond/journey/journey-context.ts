import { createContext, useContext } from "react";
import type { RespondentStartQuery } from "../../gql/graphql";
import type { Failure } from "../api/request-failure";
import type { DeviceStore } from "./device-store";
import type { AnswerStore } from "./useAnswers";
import type { Session, Step } from "./steps";

export type Study = RespondentStartQuery["study"];
/** The statements, scale, categories, indicators and configurations of @smi/questionnaire, as the API serves them. */
export type Texts = RespondentStartQuery["questionnaire"];
export type Indicator = Texts["performanceIndicators"][number];

/** The statement ids in questionnaire order. */
export const itemIdsOf = (texts: Texts): string[] => texts.items.map((item) => item.id);

export type JourneyState = {
  readonly token: string;
  readonly session: Session;
  readonly study: Study;
  readonly texts: Texts;
  readonly answers: AnswerStore;
  /** What this browser keeps for the link until the server has it (answers, a submit made offline). */
  readonly device: DeviceStore;
  readonly setSession: (session: Session) => void;
  readonly go: (step: Step) => void;
  /** For failures that end the journey (the link was revoked or expired meanwhile). */
  readonly escalate: (failure: Failure) => void;
};

export const JourneyContext = createContext<JourneyState | null>(null);

export function useJourney(): JourneyState {
  const state = useContext(JourneyContext);
  if (!state) throw new Error("useJourney() needs a <Journey> above it");
  return state;
}

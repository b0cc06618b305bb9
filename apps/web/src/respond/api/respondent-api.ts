import {
  CONSENT_VERSION,
  type ConsistencyRuleId,
  type Locale,
  type SmiConfigurationId,
} from "@smi/questionnaire";
import type { PerformanceValueInput, ProfileInput } from "../../gql/graphql";
import { graphqlRequest } from "../../lib/graphql-request";
import {
  DeclineInvitationMutation,
  EmailRespondentResultMutation,
  GiveConsentMutation,
  RespondentSessionQuery,
  RespondentStartQuery,
  SaveAnswerMutation,
  SaveConfigurationMutation,
  SavePerformanceMutation,
  SaveProfileMutation,
  SetRespondentLocaleMutation,
  PublicStudyQuery,
  SubmitResponseMutation,
} from "./operations";

/** Every call the respondent's journey makes; the token from the link is the only credential. */
export const respondentApi = {
  start: (token: string) => graphqlRequest(RespondentStartQuery, { token }),
  session: (token: string) =>
    graphqlRequest(RespondentSessionQuery, { token }).then((data) => data.respondentSession),
  setLocale: (token: string, locale: Locale) =>
    graphqlRequest(SetRespondentLocaleMutation, { token, locale }),
  giveConsent: (token: string, locale: Locale) =>
    graphqlRequest(GiveConsentMutation, { token, locale, consentVersion: CONSENT_VERSION }).then(
      (data) => data.giveConsent.consentedAt,
    ),
  decline: (token: string) => graphqlRequest(DeclineInvitationMutation, { token }),
  study: () => graphqlRequest(PublicStudyQuery).then((data) => data.study),
  saveProfile: (token: string, profile: ProfileInput, confirmConflicts: readonly ConsistencyRuleId[] = []) =>
    graphqlRequest(SaveProfileMutation, { token, profile, confirmConflicts: [...confirmConflicts] }).then(
      (data) => data.saveProfile,
    ),
  saveAnswer: (token: string, itemId: string, value: number) =>
    graphqlRequest(SaveAnswerMutation, { token, itemId, value }),
  savePerformance: (
    token: string,
    values: PerformanceValueInput[],
    confirmConflicts: readonly ConsistencyRuleId[] = [],
  ) =>
    graphqlRequest(SavePerformanceMutation, { token, values, confirmConflicts: [...confirmConflicts] }).then(
      (data) => data.savePerformance,
    ),
  saveConfiguration: (
    token: string,
    configuration: SmiConfigurationId,
    confirmConflicts: readonly ConsistencyRuleId[] = [],
  ) =>
    graphqlRequest(SaveConfigurationMutation, {
      token,
      configuration,
      confirmConflicts: [...confirmConflicts],
    }).then((data) => data.saveConfiguration),
  /** `reviewedRevision`: the session's revision shown on the review; the server refuses it once outdated. */
  submit: (token: string, reviewedRevision: string) =>
    graphqlRequest(SubmitResponseMutation, { token, reviewedRevision }).then((data) => data.submitResponse),
  emailResult: (token: string) => graphqlRequest(EmailRespondentResultMutation, { token }),
};

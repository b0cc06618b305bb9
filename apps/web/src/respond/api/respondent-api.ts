import { CONSENT_VERSION, type Locale } from "@smi/questionnaire";
import type { PerformanceValueInput, ProfileInput } from "../../gql/graphql";
import { graphqlRequest } from "../../lib/graphql-request";
import {
  DeclineInvitationMutation,
  GiveConsentMutation,
  RespondentStartQuery,
  SaveAnswerMutation,
  SaveConfigurationMutation,
  SavePerformanceMutation,
  SaveProfileMutation,
  SetRespondentLocaleMutation,
  StudyContactQuery,
  SubmitResponseMutation,
} from "./operations";

/** Every call the respondent's journey makes; the token from the link is the only credential. */
export const respondentApi = {
  start: (token: string) => graphqlRequest(RespondentStartQuery, { token }),
  setLocale: (token: string, locale: Locale) =>
    graphqlRequest(SetRespondentLocaleMutation, { token, locale }),
  giveConsent: (token: string, locale: Locale) =>
    graphqlRequest(GiveConsentMutation, { token, locale, consentVersion: CONSENT_VERSION }).then(
      (data) => data.giveConsent.consentedAt,
    ),
  decline: (token: string) => graphqlRequest(DeclineInvitationMutation, { token }),
  studyContact: () => graphqlRequest(StudyContactQuery).then((data) => data.study.contactEmail),
  saveProfile: (token: string, profile: ProfileInput, confirmConflicts: readonly string[] = []) =>
    graphqlRequest(SaveProfileMutation, { token, profile, confirmConflicts: [...confirmConflicts] }).then(
      (data) => data.saveProfile,
    ),
  saveAnswer: (token: string, itemId: string, value: number) =>
    graphqlRequest(SaveAnswerMutation, { token, itemId, value }),
  savePerformance: (
    token: string,
    values: PerformanceValueInput[],
    confirmConflicts: readonly string[] = [],
  ) =>
    graphqlRequest(SavePerformanceMutation, { token, values, confirmConflicts: [...confirmConflicts] }).then(
      (data) => data.savePerformance,
    ),
  saveConfiguration: (token: string, configuration: string, confirmConflicts: readonly string[] = []) =>
    graphqlRequest(SaveConfigurationMutation, {
      token,
      configuration,
      confirmConflicts: [...confirmConflicts],
    }).then((data) => data.saveConfiguration),
  submit: (token: string) =>
    graphqlRequest(SubmitResponseMutation, { token }).then((data) => data.submitResponse),
};

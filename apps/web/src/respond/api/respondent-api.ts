import { CONSENT_VERSION, type Locale } from "@smi/questionnaire";
import type { PerformanceValueInput, ProfileInput } from "../../gql/graphql";
import { graphqlRequest } from "../../lib/graphql-request";
import {
  DeclineInvitationMutation,
  EmailRespondentResultMutation,
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
  saveProfile: (token: string, profile: ProfileInput) =>
    graphqlRequest(SaveProfileMutation, { token, profile }).then((data) => data.saveProfile),
  saveAnswer: (token: string, itemId: string, value: number) =>
    graphqlRequest(SaveAnswerMutation, { token, itemId, value }),
  savePerformance: (token: string, values: PerformanceValueInput[]) =>
    graphqlRequest(SavePerformanceMutation, { token, values }).then(
      (data) => data.savePerformance.performance,
    ),
  saveConfiguration: (token: string, configuration: string) =>
    graphqlRequest(SaveConfigurationMutation, { token, configuration }).then(
      (data) => data.saveConfiguration.configuration,
    ),
  submit: (token: string) =>
    graphqlRequest(SubmitResponseMutation, { token }).then((data) => data.submitResponse),
  emailResult: (token: string) => graphqlRequest(EmailRespondentResultMutation, { token }),
};

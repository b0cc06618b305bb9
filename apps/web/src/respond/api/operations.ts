import { graphql } from "../../gql";

graphql(`
  fragment RespondentResultFields on RespondentResult {
    totalScore
    category
    submittedAt
    lowestItems
    countyComparison {
      county
      peers
      available
      peerMeanScore
      percentile
    }
  }
`);

graphql(`
  fragment RespondentSessionFields on RespondentSession {
    status
    locale
    companyName
    testMode
    expiresAt
    consentedAt
    profileConfirmed
    profile {
      county
      employees
      turnoverEur
      balanceSheetEur
      hasMarketingDept
    }
    answers {
      itemId
      value
    }
    performance {
      indicatorId
      value
    }
    configuration
    revision
    confirmedConflicts
    screeningReasons {
      code
      message {
        ro
        en
      }
    }
    result {
      ...RespondentResultFields
    }
  }
`);

graphql(`
  fragment Text on LocalizedText {
    ro
    en
  }
`);

// The statements and the other domain text come from @smi/questionnaire through the API, in this same first
// request, rather than bundled: as JavaScript they would cost about 9 kB of the route's 94 kB budget.
export const RespondentStartQuery = graphql(`
  query RespondentStart($token: String!) {
    respondentSession(token: $token) {
      ...RespondentSessionFields
    }
    study {
      controller {
        ...Text
      }
      principalInvestigator
      contactEmail
      ethicsApproval {
        ...Text
      }
      retentionMonths
    }
    questionnaire {
      items {
        id
        statement {
          ...Text
        }
        integratedPractice {
          ...Text
        }
      }
      scale {
        value
        label {
          ...Text
        }
      }
      categories {
        id
        min
        max
        label {
          ...Text
        }
        description {
          ...Text
        }
      }
      performanceIndicators {
        id
        label {
          ...Text
        }
        help {
          ...Text
        }
        unit
        min
        max
        integer
      }
      configurations {
        id
        label {
          ...Text
        }
        description {
          ...Text
        }
      }
    }
  }
`);

// The session alone, without the questionnaire's text: what the server holds now, before a review or after a
// reconnection.
export const RespondentSessionQuery = graphql(`
  query RespondentSession($token: String!) {
    respondentSession(token: $token) {
      ...RespondentSessionFields
    }
  }
`);

export const SetRespondentLocaleMutation = graphql(`
  mutation SetRespondentLocale($token: String!, $locale: Locale!) {
    setRespondentLocale(token: $token, locale: $locale) {
      locale
    }
  }
`);

export const GiveConsentMutation = graphql(`
  mutation GiveConsent($token: String!, $consentVersion: String!, $locale: Locale!) {
    giveConsent(token: $token, consentVersion: $consentVersion, locale: $locale) {
      consentedAt
    }
  }
`);

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($token: String!) {
    declineInvitation(token: $token)
  }
`);

/** For the pages without a questionnaire: who to write to. */
/** For pages without a questionnaire (a link that cannot be used, the opt-out page): who to write to. */
export const PublicStudyQuery = graphql(`
  query PublicStudy {
    study {
      controller {
        ro
        en
      }
      principalInvestigator
      contactEmail
      ethicsApproval {
        ro
        en
      }
    }
  }
`);

export const SaveProfileMutation = graphql(`
  mutation SaveProfile($token: String!, $profile: ProfileInput!, $confirmConflicts: [ConsistencyRule!]) {
    saveProfile(token: $token, profile: $profile, confirmConflicts: $confirmConflicts) {
      ...RespondentSessionFields
    }
  }
`);

// Only the status comes back: the page keeps the answers itself, so a slow reply never undoes a newer choice.
export const SaveAnswerMutation = graphql(`
  mutation SaveAnswer($token: String!, $itemId: String!, $value: Int!) {
    saveAnswer(token: $token, itemId: $itemId, value: $value) {
      status
    }
  }
`);

export const SavePerformanceMutation = graphql(`
  mutation SavePerformance(
    $token: String!
    $values: [PerformanceValueInput!]!
    $confirmConflicts: [ConsistencyRule!]
  ) {
    savePerformance(token: $token, values: $values, confirmConflicts: $confirmConflicts) {
      performance {
        indicatorId
        value
      }
      confirmedConflicts
    }
  }
`);

export const SaveConfigurationMutation = graphql(`
  mutation SaveConfiguration(
    $token: String!
    $configuration: SmiConfiguration!
    $confirmConflicts: [ConsistencyRule!]
  ) {
    saveConfiguration(token: $token, configuration: $configuration, confirmConflicts: $confirmConflicts) {
      configuration
      confirmedConflicts
    }
  }
`);

export const SubmitResponseMutation = graphql(`
  mutation SubmitResponse($token: String!, $reviewedRevision: String) {
    submitResponse(token: $token, reviewedRevision: $reviewedRevision) {
      ...RespondentResultFields
    }
  }
`);

export const EmailRespondentResultMutation = graphql(`
  mutation EmailRespondentResult($token: String!) {
    emailRespondentResult(token: $token)
  }
`);

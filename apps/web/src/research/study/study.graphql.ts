import { graphql } from "../../gql";

graphql(`
  fragment StudySettingsFields on StudyInfo {
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
    retentionMonths
    missing
  }
`);

export const StudySettingsQuery = graphql(`
  query StudySettings {
    study {
      ...StudySettingsFields
    }
  }
`);

export const UpdateStudySettingsMutation = graphql(`
  mutation UpdateStudySettings($input: StudySettingsInput!) {
    updateStudySettings(input: $input) {
      ...StudySettingsFields
    }
  }
`);

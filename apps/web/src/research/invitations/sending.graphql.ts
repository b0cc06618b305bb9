import { graphql } from "../../gql";

export const SendPreviewFieldsFragment = graphql(`
  fragment SendPreviewFields on SendPreview {
    kind
    count
    more
    selectionKey
    recipients {
      id
      companyName
      county
      locale
    }
    skipped {
      reason
      count
    }
    email {
      companyName
      locale
      template
      subject
      text
      html
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($input: InviteCompaniesInput!) {
    invitationPreview(input: $input) {
      ...SendPreviewFields
    }
  }
`);

export const ReminderPreviewQuery = graphql(`
  query ReminderPreview($input: SendRemindersInput!, $sendAt: DateTimeISO) {
    reminderPreview(input: $input, sendAt: $sendAt) {
      ...SendPreviewFields
    }
  }
`);

export const ScheduledSendsQuery = graphql(`
  query ScheduledSends {
    scheduledSends {
      id
      kind
      count
      sendAt
      status
      createdByName
      queued
      skipped
    }
  }
`);

export const ScheduleSendMutation = graphql(`
  mutation ScheduleSend($input: ScheduleSendInput!) {
    scheduleSend(input: $input) {
      id
      sendAt
      status
    }
  }
`);

export const CancelScheduledSendMutation = graphql(`
  mutation CancelScheduledSend($id: ID!) {
    cancelScheduledSend(id: $id) {
      id
      status
    }
  }
`);

export const SendTestEmailMutation = graphql(`
  mutation SendTestEmail($input: TestEmailInput!) {
    sendTestEmail(input: $input) {
      recipient
      subject
    }
  }
`);

export const ExtendInvitationExpiryMutation = graphql(`
  mutation ExtendInvitationExpiry($id: ID!, $input: ExtendExpiryInput!) {
    extendInvitationExpiry(id: $id, input: $input) {
      ...InvitationFields
    }
  }
`);

export const ReinviteCompanyMutation = graphql(`
  mutation ReinviteCompany($input: ReinviteCompanyInput!) {
    reinviteCompany(input: $input) {
      ...InvitationFields
    }
  }
`);

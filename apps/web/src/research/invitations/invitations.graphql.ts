import { graphql } from "../../gql";

export const InvitationCountsQuery = graphql(`
  query InvitationCounts {
    invitationCounts {
      county
      total
      created
      sent
      opened
      started
      completed
      screenedOut
      bounced
      expired
      revoked
      refused
    }
  }
`);

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on Invitation {
    id
    companyId
    companyName
    county
    contactEmail
    status
    locale
    expiresAt
    sentAt
    openedAt
    completedAt
    revokedAt
    refusedAt
    remindersSent
    lastRemindedAt
    createdAt
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations(
    $statuses: [InvitationStatus!]
    $counties: [County!]
    $search: String
    $sort: InvitationSortKey!
    $direction: SortDirection!
    $limit: Int!
    $offset: Int!
  ) {
    invitations(
      statuses: $statuses
      counties: $counties
      search: $search
      sort: $sort
      direction: $direction
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        ...InvitationFields
      }
    }
  }
`);

export const InviteCompaniesMutation = graphql(`
  mutation InviteCompanies($input: InviteCompaniesInput!) {
    inviteCompanies(input: $input) {
      invited
      skipped {
        companyId
        companyName
        reason
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const SendRemindersMutation = graphql(`
  mutation SendReminders($input: SendRemindersInput!) {
    sendReminders(input: $input) {
      queued
      skipped {
        invitationId
        reason
        possibleFrom
      }
    }
  }
`);

export const ReissueInvitationLinkMutation = graphql(`
  mutation ReissueInvitationLink($id: ID!, $input: ReissueLinkInput!) {
    reissueInvitationLink(id: $id, input: $input) {
      link
      invitation {
        ...InvitationFields
      }
    }
  }
`);

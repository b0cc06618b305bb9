import { graphql } from "../../gql";

export const EmailTemplatesQuery = graphql(`
  query EmailTemplates {
    emailTemplates {
      kind
      locale
      subject
      body
      isDefault
      updatedByName
      updatedAt
    }
  }
`);

export const UpdateEmailTemplateMutation = graphql(`
  mutation UpdateEmailTemplate($input: EmailTemplateInput!) {
    updateEmailTemplate(input: $input) {
      kind
      locale
      subject
      body
      isDefault
      updatedByName
      updatedAt
    }
  }
`);

export const OutboxQuery = graphql(`
  query Outbox($limit: Int!, $offset: Int!) {
    outbox(limit: $limit, offset: $offset) {
      total
      items {
        id
        invitationId
        kind
        recipient
        locale
        subject
        body
        sentAt
      }
    }
  }
`);

export const EmailDeliveriesQuery = graphql(`
  query EmailDeliveries($statuses: [EmailStatus!], $limit: Int!, $offset: Int!) {
    emailDeliveries(statuses: $statuses, limit: $limit, offset: $offset) {
      total
      items {
        id
        invitationId
        kind
        reminderStep
        recipient
        status
        transport
        attempts
        lastError
        createdAt
        sentAt
      }
    }
  }
`);

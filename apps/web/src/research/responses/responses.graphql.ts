import { graphql } from "../../gql";

export const ResponseRowFieldsFragment = graphql(`
  fragment ResponseRowFields on ResponseRow {
    id
    company {
      id
      name
    }
    county
    state
    step
    answeredItems
    itemCount
    locale
    source
    startedAt
    submittedAt
    durationSeconds
    flags
    consistencyRules
    exclusion {
      at
      by
      reason
    }
  }
`);

export const ResponsesQuery = graphql(`
  query Responses(
    $filter: ResponseBrowserFilter
    $sort: ResponseSort!
    $direction: SortDirection!
    $limit: Int!
    $offset: Int!
  ) {
    responses(filter: $filter, sort: $sort, direction: $direction, limit: $limit, offset: $offset) {
      total
      medianDurationSeconds
      items {
        ...ResponseRowFields
      }
    }
  }
`);

export const ExcludeResponseMutation = graphql(`
  mutation ExcludeResponse($id: ID!, $reason: String!) {
    excludeResponse(id: $id, reason: $reason) {
      ...ResponseRowFields
    }
  }
`);

export const IncludeResponseMutation = graphql(`
  mutation IncludeResponse($id: ID!, $reason: String) {
    includeResponse(id: $id, reason: $reason) {
      ...ResponseRowFields
    }
  }
`);

import { graphql } from "../../gql";

export const CompanyFieldsFragment = graphql(`
  fragment CompanyFields on Company {
    id
    name
    registrationCode
    county
    city
    caenCode
    employees
    turnoverEur
    balanceSheetEur
    hasMarketingDept
    contactName
    contactEmail
    sizeClass
    eligible
    ineligibilityReasons
    invitationStatus
    erasedAt
    updatedAt
  }
`);

export const CompaniesQuery = graphql(`
  query Companies(
    $search: String
    $counties: [County!]
    $sizeClasses: [SizeClass!]
    $eligible: Boolean
    $invited: Boolean
    $sort: CompanySortKey!
    $direction: SortDirection!
    $limit: Int!
    $offset: Int!
  ) {
    companies(
      search: $search
      counties: $counties
      sizeClasses: $sizeClasses
      eligible: $eligible
      sort: $sort
      direction: $direction
      invited: $invited
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        ...CompanyFields
      }
    }
  }
`);

export const CompanyQuery = graphql(`
  query Company($id: ID!) {
    company(id: $id) {
      ...CompanyFields
    }
  }
`);

export const CreateCompanyMutation = graphql(`
  mutation CreateCompany($input: CompanyInput!) {
    createCompany(input: $input) {
      ...CompanyFields
    }
  }
`);

export const UpdateCompanyMutation = graphql(`
  mutation UpdateCompany($id: ID!, $input: CompanyInput!) {
    updateCompany(id: $id, input: $input) {
      ...CompanyFields
    }
  }
`);

export const EraseCompanyMutation = graphql(`
  mutation EraseCompany($id: ID!, $includeResponses: Boolean!) {
    eraseCompany(id: $id, includeResponses: $includeResponses) {
      ...CompanyFields
    }
  }
`);

export const ExportCompanyDataMutation = graphql(`
  mutation ExportCompanyData($id: ID!) {
    exportCompanyData(id: $id)
  }
`);

export const PseudonymiseContactsMutation = graphql(`
  mutation PseudonymiseContacts($confirm: String!) {
    pseudonymiseContacts(confirm: $confirm)
  }
`);

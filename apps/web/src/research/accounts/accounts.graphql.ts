import { graphql } from "../../gql";

export const AccountsQuery = graphql(`
  query Accounts {
    accounts {
      id
      email
      displayName
      role
      disabled
      passwordSet
      createdAt
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      email
      displayName
      role
      disabled
      passwordSet
      createdAt
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      id
      email
      displayName
      role
      disabled
      passwordSet
      createdAt
    }
  }
`);

export const ResendAccountSetupLinkMutation = graphql(`
  mutation ResendAccountSetupLink($id: ID!, $locale: Locale) {
    resendAccountSetupLink(id: $id, locale: $locale) {
      id
      passwordSet
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($id: ID!) {
    unlockAccount(id: $id) {
      id
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

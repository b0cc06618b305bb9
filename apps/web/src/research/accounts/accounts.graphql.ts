import { graphql } from "../../gql";

export const AccountsQuery = graphql(`
  query Accounts {
    accounts {
      id
      email
      displayName
      role
      disabled
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
      createdAt
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

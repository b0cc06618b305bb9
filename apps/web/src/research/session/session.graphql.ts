import { graphql } from "../../gql";

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      rights
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      account {
        id
        email
        displayName
        role
        rights
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

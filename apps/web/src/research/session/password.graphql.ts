import { graphql } from "../../gql";

export const PasswordPolicyQuery = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      minLength
      maxLength
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!, $locale: Locale) {
    requestPasswordReset(email: $email, locale: $locale)
  }
`);

export const PasswordLinkQuery = graphql(`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) {
      purpose
      email
      expiresAt
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: UsePasswordLinkInput!) {
    resetPassword(input: $input)
  }
`);

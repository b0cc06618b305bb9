import { dictionary } from "@zxcvbn-ts/language-common";
import { badInput, type FieldError } from "../../common/app-error";

/** Long passphrases are welcome (ASVS 5.0 asks for at least 64); the cap only bounds the hashing work. */
export const PASSWORD_MAX_LENGTH = 200;

/**
 * Stable codes the web app translates; the message is the English explanation for other API clients.
 * There are deliberately no composition rules (ASVS 5.0, NIST SP 800-63B): length and a breached-password list.
 */
export type PasswordProblem = "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_COMMON";

// About 49 000 passwords most often found in public breaches, shipped with zxcvbn-ts (no network needed).
const COMMON = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));

/** Counts characters as people see them (code points), so a passphrase with ș or an emoji is not over-counted. */
const lengthOf = (password: string) => [...password].length;

export interface PasswordPolicy {
  minLength: number;
}

/** The one check every password goes through when it is set: first account, set-password, reset, change. */
export function passwordProblems(
  password: string,
  { minLength }: PasswordPolicy,
  field = "password",
): Array<FieldError & { code: PasswordProblem }> {
  const length = lengthOf(password);
  if (length < minLength) {
    return [
      {
        field,
        code: "PASSWORD_TOO_SHORT",
        params: { min: minLength },
        message: `must be at least ${minLength} characters`,
      },
    ];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [
      {
        field,
        code: "PASSWORD_TOO_LONG",
        params: { max: PASSWORD_MAX_LENGTH },
        message: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
      },
    ];
  }
  if (COMMON.has(password.toLowerCase()) || COMMON.has(password.trim().toLowerCase())) {
    return [
      {
        field,
        code: "PASSWORD_COMMON",
        message: "is one of the most common passwords found in data breaches; choose another",
      },
    ];
  }
  return [];
}

/** Throws BAD_USER_INPUT with the policy's field error, or returns when the password may be set. */
export function assertPasswordAllowed(password: string, policy: PasswordPolicy, field = "password"): void {
  const problems = passwordProblems(password, policy, field);
  if (problems.length) throw badInput(`The new password ${problems[0]!.message}.`, problems);
}

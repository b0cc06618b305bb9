import type { Locale } from "@smi/questionnaire";
import type { Invitation } from "../invitations/invitation.entity";
import type { ResponseSource } from "./response-source";

/** What a test link's pages and result e-mail call the company: there is none. */
const TEST_COMPANY_NAME: Record<Locale, string> = {
  ro: "Companie de test",
  en: "Test company",
};

export const isTestLink = (invitation: Invitation): boolean => invitation.testAccountId !== null;

export const testCompanyName = (locale: Locale): string => TEST_COMPANY_NAME[locale];

/** The source of a response given through this link. */
export const journeySource = (invitation: Invitation): ResponseSource =>
  isTestLink(invitation) ? "test" : "web";

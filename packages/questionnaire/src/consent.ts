import type { Locale, Localized } from "./locale";
import { roCount } from "./text/ro-count";

/**
 * Version of the informed-consent notice below. Stored with each consent, so change it whenever the text's meaning
 * changes; the server refuses consent given to another version.
 */
export const CONSENT_VERSION = "2026-12-v2";

/** Filled in from the study settings (in the reader's language), so the notice names the real controller. */
export interface ConsentDetails {
  controller: string;
  principalInvestigator: string;
  ethicsApproval: string;
  contactEmail: string;
  retentionMonths: number;
}

export interface ConsentSection {
  id: "controller" | "purpose" | "data" | "retention" | "rights";
  heading: Localized;
  body: Localized;
}

/**
 * GDPR Art. 13 essentials, short enough to read on a phone. Placeholders: {controller}, {investigator}, {ethics},
 * {contact}, {retention}.
 */
export const CONSENT_SECTIONS: readonly ConsentSection[] = [
  {
    id: "controller",
    heading: { ro: "Cine răspunde de date", en: "Who is responsible for the data" },
    body: {
      ro: "Operatorul datelor este {controller}; cercetător principal: {investigator}; aviz de etică: {ethics}. Ne puteți scrie oricând la {contact}.",
      en: "The data controller is {controller}; principal investigator: {investigator}; ethics approval: {ethics}. You can write to us at any time at {contact}.",
    },
  },
  {
    id: "purpose",
    heading: { ro: "De ce colectăm răspunsurile", en: "Why we collect your answers" },
    body: {
      ro: "Doar pentru cercetarea științifică privind integrarea vânzărilor cu marketingul în IMM-urile din vestul României. Rezultatele se publică numai agregat; nicio firmă nu poate fi identificată în publicații. Temeiul legal este consimțământul dumneavoastră (art. 6 alin. (1) lit. a din GDPR).",
      en: "Only for scientific research on sales–marketing integration in SMEs of western Romania. Results are published only in aggregate; no company can be identified in publications. The legal basis is your consent (GDPR Art. 6(1)(a)).",
    },
  },
  {
    id: "data",
    heading: { ro: "Ce păstrăm", en: "What we store" },
    body: {
      ro: "Răspunsurile la cele 20 de afirmații, datele firmei pe care le confirmați (județ, număr de angajați, cifră de afaceri, total bilanț, existența unui departament de marketing), indicatorii de performanță pe care alegeți să-i comunicați și data consimțământului. Nu păstrăm date despre dumneavoastră ca persoană în afara adresei de e-mail la care ați primit invitația.",
      en: "Your answers to the 20 statements, the company details you confirm (county, headcount, turnover, balance-sheet total, whether there is a marketing department), the performance figures you choose to give, and when you consented. We keep nothing about you as a person beyond the e-mail address the invitation was sent to.",
    },
  },
  {
    id: "retention",
    heading: { ro: "Cât timp", en: "For how long" },
    body: {
      ro: "Datele de contact se șterg sau se pseudonimizează la încheierea studiului, cel târziu după {retention}. Răspunsurile anonimizate pot fi păstrate pentru verificarea rezultatelor publicate.",
      en: "Contact details are erased or pseudonymised when the study closes, at the latest after {retention}. Anonymised answers may be kept so that published results can be checked.",
    },
  },
  {
    id: "rights",
    heading: { ro: "Drepturile dumneavoastră", en: "Your rights" },
    body: {
      ro: "Puteți cere accesul la date, rectificarea sau ștergerea lor și vă puteți retrage consimțământul oricând, scriind la {contact}; retragerea nu afectează prelucrarea de dinainte. Puteți depune plângere la ANSPDCP (www.dataprotection.ro).",
      en: "You may ask to access, correct or erase your data and withdraw your consent at any time by writing to {contact}; withdrawal does not affect processing before it. You may complain to the Romanian supervisory authority, ANSPDCP (www.dataprotection.ro).",
    },
  },
];

const MONTHS: Record<Locale, (n: number) => string> = {
  ro: (n) => roCount(n, "lună", "luni"),
  en: (n) => (n === 1 ? "1 month" : `${n} months`),
};

/** The notice with the deployment's details filled in, in the text's language ("24 de luni", "24 months"). */
export function renderConsentText(text: string, details: ConsentDetails, locale: Locale): string {
  return text
    .replaceAll("{controller}", details.controller)
    .replaceAll("{investigator}", details.principalInvestigator)
    .replaceAll("{ethics}", details.ethicsApproval)
    .replaceAll("{contact}", details.contactEmail)
    .replaceAll("{retention}", MONTHS[locale](details.retentionMonths));
}

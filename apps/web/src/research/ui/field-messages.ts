import type { Locale } from "@smi/questionnaire";
import { roCount } from "@smi/questionnaire";

type Rule = { match: RegExp; ro: (m: RegExpMatchArray) => string; en: (m: RegExpMatchArray) => string };

/** „value” in Romanian quotation marks, or nothing when the server named no value. */
const roQuoted = (value: string | undefined) => (value ? `„${value}”: ` : "");
const enQuoted = (value: string | undefined) => (value ? `"${value}": ` : "");

/**
 * The server explains invalid fields and CSV cells in English (its API is for programs too). The problems a person
 * meets in the workspace's forms and imports are said here in their language; anything else is shown as the server
 * wrote it.
 */
const RULES: readonly Rule[] = [
  { match: /^is required/, ro: () => "Câmpul este obligatoriu.", en: () => "This field is required." },
  {
    match: /^(?:"([^"]*)" )?is not a valid CUI/,
    ro: (m) => `${roQuoted(m[1])}nu este un CUI valid; verificați cifrele (ultima este cifra de control).`,
    en: (m) => `${enQuoted(m[1])}not a valid CUI; check the digits (the last one is a check digit).`,
  },
  {
    match: /^(?:"([^"]*)" )?is not an e-mail address/,
    ro: (m) => `${roQuoted(m[1])}nu este o adresă de e-mail.`,
    en: (m) => `${enQuoted(m[1])}not an e-mail address.`,
  },
  {
    match: /^(?:"([^"]*)"|missing): must be one of MM, SM, SJ, CJ, BH, AR, TM/,
    ro: (m) =>
      `${roQuoted(m[1])}alegeți unul dintre cele șapte județe ale studiului (MM, SM, SJ, CJ, BH, AR, TM).`,
    en: (m) => `${enQuoted(m[1])}choose one of the study's seven counties (MM, SM, SJ, CJ, BH, AR, TM).`,
  },
  {
    match: /^"([^"]*)" is not a number/,
    ro: (m) => `${roQuoted(m[1])}nu este un număr.`,
    en: (m) => `${enQuoted(m[1])}not a number.`,
  },
  {
    match: /^"([^"]*)" is not true\/false/,
    ro: (m) => `${roQuoted(m[1])}scrieți true/false sau da/nu.`,
    en: (m) => `${enQuoted(m[1])}write true/false or yes/no (da/nu).`,
  },
  {
    match: /^same CUI as row (\d+)/,
    ro: (m) => `Același CUI ca pe rândul ${m[1]}.`,
    en: (m) => `Same CUI as row ${m[1]}.`,
  },
  {
    match: /^Unknown column "([^"]*)"/,
    ro: (m) => `Coloana „${m[1]}” nu este cunoscută; este ignorată.`,
    en: (m) => `Unknown column "${m[1]}"; it is ignored.`,
  },
  {
    match: /^The required column "([^"]*)" is missing/,
    ro: (m) => `Lipsește coloana obligatorie „${m[1]}”.`,
    en: (m) => `The required column "${m[1]}" is missing.`,
  },
  {
    match: /data was erased on request/,
    ro: () => "Datele acestei firme au fost șterse la cerere; rândul este omis.",
    en: () => "This company's data was erased on request; the row is skipped.",
  },
  { match: /^The file is empty/, ro: () => "Fișierul este gol.", en: () => "The file is empty." },
  {
    match: /^The file has more than (\d+) rows/,
    ro: (m) =>
      `Fișierul are mai mult de ${roCount(Number(m[1]), "rând", "rânduri")}; importați cel mult ${m[1]} odată.`,
    en: (m) => `The file has more than ${m[1]} rows; import at most ${m[1]} at a time.`,
  },
  {
    match: /4-digit CAEN/,
    ro: () => "Trebuie să fie o clasă CAEN Rev. 2 din 4 cifre, de exemplu 4690.",
    en: () => "Must be a 4-digit CAEN Rev. 2 class, e.g. 4690.",
  },
  {
    match: /must be a whole number from 0/,
    ro: () => "Trebuie să fie un număr întreg, cel puțin 0.",
    en: () => "Must be a whole number, at least 0.",
  },
  {
    match: /amount in euro/,
    ro: () => "Trebuie să fie o sumă în euro, cel puțin 0.",
    en: () => "Must be an amount in euro, at least 0.",
  },
  {
    match: /is already used by another company/,
    ro: () => "Acest CUI aparține deja altei firme.",
    en: () => "This CUI already belongs to another company.",
  },
  {
    match: /is already used by another account/,
    ro: () => "Există deja un cont cu această adresă.",
    en: () => "An account with this address already exists.",
  },
  {
    match: /must be an e-mail address/,
    ro: () => "Nu este o adresă de e-mail.",
    en: () => "Not an e-mail address.",
  },
  {
    match: /must be between (\d+) and (\d+) characters/,
    ro: (m) => `Între ${m[1]} și ${m[2]} de caractere.`,
    en: (m) => `Between ${m[1]} and ${m[2]} characters.`,
  },
  {
    match: /last enabled administrator/,
    ro: () => "Este ultimul administrator activ; numiți mai întâi un alt administrator.",
    en: () => "This is the last active administrator; appoint another one first.",
  },
  {
    match: /must be at most (\d+) characters/,
    ro: (m) => `Cel mult ${m[1]} de caractere.`,
    en: (m) => `At most ${m[1]} characters.`,
  },
  { match: /^is not correct/, ro: () => "Parola nu este corectă.", en: () => "The password is not correct." },
  {
    match: /must contain \{\{link\}\}/,
    ro: () => "Textul trebuie să conțină {{link}}, linkul personal al respondentului.",
    en: () => "The text must contain {{link}}, the respondent's personal link.",
  },
  {
    match: /must be in the future/,
    ro: () => "Data trebuie să fie în viitor.",
    en: () => "The date must be in the future.",
  },
];

export function localizeFieldMessage(message: string, locale: Locale): { text: string; lang?: string } {
  for (const rule of RULES) {
    const match = message.match(rule.match);
    if (match) return { text: rule[locale](match) };
  }
  return { text: message, lang: "en" };
}

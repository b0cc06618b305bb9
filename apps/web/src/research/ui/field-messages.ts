import { roCount, type Locale } from "@smi/questionnaire";
import { isProblemCode, type ProblemText } from "../i18n/problem-words";
import type { ServerProblem } from "./graphql-error";

type Rule = { match: RegExp; ro: (m: RegExpMatchArray) => string; en: (m: RegExpMatchArray) => string };

/**
 * Problems the server reports without a code (accounts, dates), recognised by its English words. Imports, templates
 * and company forms have codes (problem-text.*.ts).
 */
const RULES: readonly Rule[] = [
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
    ro: (m) => `Între ${m[1]} și ${roCount(Number(m[2]), "caracter", "caractere")}.`,
    en: (m) => `Between ${m[1]} and ${m[2]} characters.`,
  },
  {
    match: /last enabled administrator/,
    ro: () => "Este ultimul administrator activ; numiți mai întâi un alt administrator.",
    en: () => "This is the last active administrator; appoint another one first.",
  },
  {
    match: /must be at most (\d+) characters/,
    ro: (m) => `Cel mult ${roCount(Number(m[1]), "caracter", "caractere")}.`,
    en: (m) => `At most ${m[1]} characters.`,
  },
  { match: /^must be filled in/, ro: () => "Câmpul trebuie completat.", en: () => "Please fill this in." },
  { match: /^must be one line/, ro: () => "Scrieți pe un singur rând.", en: () => "Write it on one line." },
  {
    match: /^must be a whole number of months from 1 to 120/,
    ro: () => "Un număr întreg de luni, între 1 și 120.",
    en: () => "A whole number of months, from 1 to 120.",
  },
  { match: /^is not correct/, ro: () => "Parola nu este corectă.", en: () => "The password is not correct." },
  {
    match: /must be after the current expiry, (\S+)/,
    ro: (m) =>
      `Noua dată trebuie să fie după expirarea actuală (${new Date(m[1]!).toLocaleDateString("ro-RO")}).`,
    en: (m) =>
      `The new date must be after the current expiry (${new Date(m[1]!).toLocaleDateString("en-GB")}).`,
  },
  {
    match: /the link has no expiry date to extend/,
    ro: () => "Linkul nu are dată de expirare: funcționează până când este revocat.",
    en: () => "The link has no expiry date: it works until it is revoked.",
  },
  {
    match: /must be in the future and at most (\d+) days ahead/,
    ro: (m) => `Alegeți un moment din viitor, cel mult peste ${roCount(Number(m[1]), "zi", "zile")}.`,
    en: (m) => `Choose a moment in the future, at most ${m[1]} days ahead.`,
  },
  {
    match: /must be after the send time/,
    ro: () => "Linkurile trebuie să expire după ora trimiterii.",
    en: () => "The links must expire after the sending time.",
  },
  {
    match: /must be in the future/,
    ro: () => "Data trebuie să fie în viitor.",
    en: () => "The date must be in the future.",
  },
];

/**
 * A server problem in the reader's language: by its code where the workspace knows it, else by its words; anything
 * else is shown as the server wrote it, marked as English.
 */
export function describeProblem(
  problem: ServerProblem,
  locale: Locale,
  words: ProblemText,
): { text: string; lang?: string } {
  if (isProblemCode(problem.code)) return { text: words[problem.code](problem.params ?? {}) };
  const message = problem.message;
  for (const rule of RULES) {
    const match = message.match(rule.match);
    if (match) return { text: rule[locale](match) };
  }
  return { text: message, lang: "en" };
}

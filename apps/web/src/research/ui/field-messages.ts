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
  { match: /^is not correct/, ro: () => "Parola nu este corectă.", en: () => "The password is not correct." },
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

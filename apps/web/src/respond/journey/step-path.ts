import type { Step } from "./steps";

/**
 * Each screen's address under the link, /r/<token>/<path>. Statements count from 1 as people do
 * (/statements/4 is the fourth). The bare link, /r/<token>, is the one in the e-mail: it resumes where the
 * respondent stopped and is replaced by that screen's address.
 */
export function stepPath(step: Step): string {
  switch (step.kind) {
    case "statement":
      return `statements/${step.index + 1}`;
    case "performance":
      return "indicators";
    default:
      return step.kind;
  }
}

const NAMED: Readonly<Record<string, Step>> = {
  welcome: { kind: "welcome" },
  consent: { kind: "consent" },
  declined: { kind: "declined" },
  profile: { kind: "profile" },
  "screened-out": { kind: "screened-out" },
  indicators: { kind: "performance" },
  configuration: { kind: "configuration" },
  review: { kind: "review" },
  result: { kind: "result" },
};

/** The screen an address names, or null for the bare link and anything that names no screen. */
export function parseStepPath(path: string, statementCount: number): Step | null {
  const statement = /^statements\/([1-9][0-9]{0,2})$/.exec(path);
  if (statement) {
    const index = Number(statement[1]) - 1;
    return index < statementCount ? { kind: "statement", index } : null;
  }
  return Object.hasOwn(NAMED, path) ? NAMED[path]! : null;
}

/** The link's own address, from which each screen's address is made. */
export const linkPath = (token: string) => `/r/${encodeURIComponent(token)}`;

export const stepAddress = (token: string, step: Step) => `${linkPath(token)}/${stepPath(step)}`;

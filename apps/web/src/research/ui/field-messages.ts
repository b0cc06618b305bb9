import { isProblemCode, type ProblemCode, type ProblemParamsOf } from "@smi/questionnaire";
import type { ProblemText } from "../i18n/problem-words";
import type { ServerProblem } from "./graphql-error";

/**
 * A server problem in the reader's language, worded from its code and params. A code this build does not know (a
 * newer server) is shown as the server wrote it, marked as English.
 */
export function describeProblem(problem: ServerProblem, words: ProblemText): { text: string; lang?: string } {
  if (!isProblemCode(problem.code)) return { text: problem.message, lang: "en" };
  // The params travel as JSON: the server types them per code from the same module (@smi/questionnaire).
  const say = words[problem.code] as (params: ProblemParamsOf<ProblemCode>) => string;
  return { text: say((problem.params ?? {}) as ProblemParamsOf<ProblemCode>) };
}

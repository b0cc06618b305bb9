import { useResearchT } from "../i18n";
import { describeProblem } from "./field-messages";
import { fieldProblemsOf } from "./graphql-error";

/** Props for <FormField> with the server's problem for that field, in the reader's language where known. */
export function useServerFieldErrors(
  error: unknown,
): (field: string) => { error?: string; errorLang?: string } {
  const t = useResearchT();
  const problems = fieldProblemsOf(error);
  return (field) => {
    const problem = problems[field];
    if (!problem) return {};
    const { text, lang } = describeProblem(problem, t.problems);
    return { error: text, errorLang: lang };
  };
}

import type { AnswerIssue, PerformanceIssue } from "@smi/questionnaire";
import type { FieldProblem } from "./app-error";

/** The questionnaire's answer issue as a problem code (ANSWER_…), naming the statement where there is one. */
export const answerProblem = (issue: AnswerIssue): FieldProblem => ({
  code: `ANSWER_${issue.code}`,
  params: issue.itemId ? { item: issue.itemId } : {},
});

/** The questionnaire's indicator issue as a problem code (INDICATOR_…), naming the indicator. */
export const indicatorProblem = (issue: PerformanceIssue): FieldProblem => ({
  code: `INDICATOR_${issue.code}`,
  params: { indicator: issue.indicatorId ?? "" },
});

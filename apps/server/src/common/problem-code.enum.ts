import { PROBLEM_CODES, type ProblemCode } from "@smi/questionnaire";
import { registerEnumType } from "type-graphql";

/** The shared problem codes (@smi/questionnaire) as a GraphQL enum, so generated clients get them as a union. */
export const ProblemCodeEnum = Object.fromEntries(PROBLEM_CODES.map((code) => [code, code])) as {
  readonly [C in ProblemCode]: C;
};
registerEnumType(ProblemCodeEnum, {
  name: "ProblemCode",
  description:
    "A precise problem, for clients that word it themselves; the params it carries are typed in @smi/questionnaire (problems/problem-codes.ts).",
});

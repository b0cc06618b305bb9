import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ProblemCode, ProblemParamsByCode } from "@smi/questionnaire";
import { ProblemCodeEnum } from "./problem-code.enum";

export enum ImportMode {
  /** Import nothing unless every row is valid. */
  ALL_OR_NOTHING = "ALL_OR_NOTHING",
  /** Import the valid rows and skip the others. */
  VALID_ONLY = "VALID_ONLY",
}
registerEnumType(ImportMode, {
  name: "ImportMode",
  description: "What to do with a file that has invalid rows.",
});

@ObjectType({ description: "A problem in an imported file, located as a spreadsheet shows it." })
export class ImportProblem {
  @Field(() => Int, { description: "Line in the file; the header is line 1." })
  row: number;

  @Field()
  column: string;

  @Field(() => ProblemCodeEnum, {
    description:
      "What is wrong, for clients that word it themselves: the file's form (CSV_*, UNKNOWN_COLUMN, MISSING_COLUMN), a cell (NOT_A_NUMBER, INVALID_CUI, …), a row (DUPLICATE_KEY, ERASED_COMPANY, ALREADY_HERE), and the questionnaire's own issue codes (ANSWER_*, INDICATOR_*).",
  })
  code: ProblemCode;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The values the code's wording needs: value (the cell), column, row (the earlier row), max, indicator.",
  })
  params?: ProblemParamsByCode[ProblemCode];

  @Field({ description: "The problem in English." })
  message: string;
}

@ObjectType({ description: "What an import would do (preview) or did." })
export class ImportReport {
  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  validRows: number;

  @Field(() => Int)
  invalidRows: number;

  @Field(() => Int, { description: "New records (to be) created." })
  created: number;

  @Field(() => Int, { description: "Existing records matched by their key (to be) updated." })
  updated: number;

  @Field(() => Int, { description: "Rows skipped: invalid, or not importable (see problems)." })
  skipped: number;

  @Field()
  applied: boolean;

  @Field(() => [ImportProblem])
  problems: ImportProblem[];
}

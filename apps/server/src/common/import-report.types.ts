import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ProblemParams } from "./app-error";

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

  @Field({
    description:
      "What is wrong, for clients that word it themselves: CSV_EMPTY, CSV_UNCLOSED_QUOTE, CSV_BAD_QUOTE, CSV_MALFORMED, UNKNOWN_COLUMN, MISSING_COLUMN, NOT_A_NUMBER, NOT_A_BOOLEAN, DUPLICATE_KEY, REQUIRED, TOO_LONG, INVALID_CUI, UNKNOWN_COUNTY, INVALID_CAEN, NOT_A_HEADCOUNT, NOT_AN_AMOUNT, INVALID_EMAIL, ERASED_COMPANY, ALREADY_HERE, UNKNOWN_CONFIGURATION, ANSWER_* and INDICATOR_* (the questionnaire's issue codes).",
  })
  code: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The values the code's wording needs: value (the cell), column, row (the earlier row), max, indicator.",
  })
  params?: ProblemParams;

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

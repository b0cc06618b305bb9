import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { ImportMode, ImportReport } from "../../common/import-report.types";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { currentAccount } from "../../graphql/current-account";
import { RESPONSE_CSV_TEMPLATE } from "./response-csv";

@Resolver()
export class ResponseImportResolver {
  @Query(() => String, {
    description: "The response (paper form) import template: the codebook's columns and one example row.",
  })
  responseImportTemplate(): string {
    return RESPONSE_CSV_TEMPLATE;
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => ImportReport, {
    description: "Checks a response file (codebook CSV) and reports what importing it would do.",
  })
  previewResponseImport(@Arg("csv") csv: string, @Ctx() ctx: Context): Promise<ImportReport> {
    return ctx.services.responseImports.preview(csv);
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => ImportReport, {
    description:
      "Imports completed responses (source: import) in one transaction; scores are computed on the server.",
  })
  importResponses(
    @Arg("csv") csv: string,
    @Arg("mode", () => ImportMode) mode: ImportMode,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return ctx.services.responseImports.import(currentAccount(ctx), csv, mode);
  }
}

import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { ImportMode, ImportReport } from "../../common/import-report.types";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { currentAccount } from "../../graphql/current-account";

@Resolver()
export class ResponseImportResolver {
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

import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { CompanyReport } from "./company-report.types";

@Resolver()
export class CompanyReportResolver {
  @Requires("READ_ANSWERS")
  @Query(() => CompanyReport, {
    description:
      "Data for one company's printable report, from its submitted response: give exactly one of companyId (its latest submitted response) and responseId. Needs READ_ANSWERS; every read is audited.",
  })
  async companyReport(
    @Arg("companyId", () => ID, { nullable: true }) companyId: string | undefined,
    @Arg("responseId", () => ID, { nullable: true }) responseId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<CompanyReport> {
    const report = await ctx.services.companyReports.report({ companyId, responseId });
    // Imported responses may have no company; their answers are still one respondent's, kept by the response.
    if (report.companyId) ctx.personalDataReads.record("answers", report.companyId);
    else ctx.personalDataReads.record("responseAnswers", report.responseId);
    return report;
  }
}

import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { CompanyReport } from "./company-report.types";

@Resolver()
export class CompanyReportResolver {
  @Authorized("viewer")
  @Query(() => CompanyReport, {
    description:
      "Data for one company's printable report, from its submitted response: give exactly one of companyId (its latest submitted response) and responseId. For researchers and viewers.",
  })
  companyReport(
    @Arg("companyId", () => ID, { nullable: true }) companyId: string | undefined,
    @Arg("responseId", () => ID, { nullable: true }) responseId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<CompanyReport> {
    return ctx.services.companyReports.report({ companyId, responseId });
  }
}

import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Requires } from "../../graphql/requires";
import { currentAccount } from "../../graphql/current-account";
import { AppError } from "../../common/app-error";
import { COMPANY_CSV_TEMPLATE } from "./company-csv";
import { ImportMode, ImportReport } from "../../common/import-report.types";
import { CompanyInput, CompanyListArgs, CompanyPage, CompanyView } from "./company.types";

@Resolver(() => CompanyView)
export class CompanyResolver {
  @Requires("READ_FRAME")
  @Query(() => CompanyPage, {
    description: "The sampling frame, filtered, sorted (by name unless told) and paged.",
  })
  companies(@Args() args: CompanyListArgs, @Ctx() ctx: Context): Promise<CompanyPage> {
    return ctx.services.companies.list(args);
  }

  @Requires("READ_FRAME")
  @Query(() => CompanyView)
  company(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<CompanyView> {
    return ctx.services.companies.get(id);
  }

  @Query(() => String, { description: "The CSV import template: header row and one example row." })
  companyImportTemplate(): string {
    return COMPANY_CSV_TEMPLATE;
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => CompanyView)
  createCompany(@Arg("input") input: CompanyInput, @Ctx() ctx: Context): Promise<CompanyView> {
    return ctx.services.companies.create(currentAccount(ctx), input);
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => CompanyView)
  updateCompany(
    @Arg("id", () => ID) id: string,
    @Arg("input") input: CompanyInput,
    @Ctx() ctx: Context,
  ): Promise<CompanyView> {
    return ctx.services.companies.update(currentAccount(ctx), id, input);
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => ImportReport, {
    description: "Checks a CSV company list and reports what importing it would do.",
  })
  previewCompanyImport(@Arg("csv") csv: string, @Ctx() ctx: Context): Promise<ImportReport> {
    return ctx.services.companyImports.preview(csv);
  }

  @Requires("EDIT_STUDY_DATA")
  @Mutation(() => ImportReport, {
    description: "Imports a CSV company list in one transaction; re-imports update by CUI.",
  })
  importCompanies(
    @Arg("csv") csv: string,
    @Arg("mode", () => ImportMode) mode: ImportMode,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    return ctx.services.companyImports.import(currentAccount(ctx), csv, mode);
  }

  @Requires("HANDLE_DATA_REQUESTS")
  @Mutation(() => CompanyView, {
    description:
      "GDPR erasure: removes contact data, revokes open invitations, optionally deletes responses.",
  })
  eraseCompany(
    @Arg("id", () => ID) id: string,
    @Arg("includeResponses", { defaultValue: false }) includeResponses: boolean,
    @Ctx() ctx: Context,
  ): Promise<CompanyView> {
    return ctx.services.companies.erase(currentAccount(ctx), id, includeResponses);
  }

  @Requires("HANDLE_DATA_REQUESTS")
  @Mutation(() => GraphQLJSONObject, {
    description: "GDPR access request: everything held about a company. Audited.",
  })
  exportCompanyData(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return ctx.services.companies.exportData(currentAccount(ctx), id);
  }

  @Requires("PSEUDONYMISE_CONTACTS")
  @Mutation(() => Int, {
    description: "When the study closes: replaces every contact with a pseudonym. Returns how many.",
  })
  pseudonymiseContacts(@Arg("confirm") confirm: string, @Ctx() ctx: Context): Promise<number> {
    if (confirm !== "PSEUDONYMISE") {
      throw new AppError("BAD_USER_INPUT", 'This cannot be undone: pass confirm: "PSEUDONYMISE".', [
        {
          field: "confirm",
          code: "NOT_ONE_OF",
          params: { allowed: "PSEUDONYMISE" },
          message: 'must be "PSEUDONYMISE"',
        },
      ]);
    }
    return ctx.services.companies.pseudonymiseContacts(currentAccount(ctx));
  }
}

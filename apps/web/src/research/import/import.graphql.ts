import { graphql } from "../../gql";

export const ImportReportFieldsFragment = graphql(`
  fragment ImportReportFields on ImportReport {
    rows
    validRows
    invalidRows
    created
    updated
    skipped
    applied
    problems {
      row
      column
      code
      params
      message
    }
  }
`);

export const PreviewCompanyImportMutation = graphql(`
  mutation PreviewCompanyImport($csv: String!) {
    previewCompanyImport(csv: $csv) {
      ...ImportReportFields
    }
  }
`);

export const ImportCompaniesMutation = graphql(`
  mutation ImportCompanies($csv: String!, $mode: ImportMode!) {
    importCompanies(csv: $csv, mode: $mode) {
      ...ImportReportFields
    }
  }
`);

export const CompanyImportTemplateQuery = graphql(`
  query CompanyImportTemplate {
    companyImportTemplate
  }
`);

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

export const PreviewResponseImportMutation = graphql(`
  mutation PreviewResponseImport($csv: String!) {
    previewResponseImport(csv: $csv) {
      ...ImportReportFields
    }
  }
`);

export const ImportResponsesMutation = graphql(`
  mutation ImportResponses($csv: String!, $mode: ImportMode!) {
    importResponses(csv: $csv, mode: $mode) {
      ...ImportReportFields
    }
  }
`);

export const ResponseImportTemplateQuery = graphql(`
  query ResponseImportTemplate {
    responseImportTemplate
  }
`);

import { useMutation } from "@apollo/client/react";
import { Link } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { CsvImportFlow } from "./CsvImportFlow";
import {
  CompanyImportTemplateQuery,
  ImportCompaniesMutation,
  PreviewCompanyImportMutation,
} from "./import.graphql";
import { TemplateDownload } from "./TemplateDownload";

/** A company list from a spreadsheet: new companies added, known ones (same CUI) updated. */
export function CompanyImportPage() {
  const t = useResearchT();
  useDocumentTitle(t.import.title);
  const [preview] = useMutation(PreviewCompanyImportMutation);
  const [runImport] = useMutation(ImportCompaniesMutation, { refetchQueries: ["Companies"] });

  return (
    <article>
      <p>
        <Link to="/companies">{t.companies.backToList}</Link>
      </p>
      <h1>{t.import.title}</h1>
      <p>{t.import.lead}</p>
      <details className="import-help">
        <summary>{t.import.columnsTitle}</summary>
        <p>{t.import.columnsBody}</p>
        <p>
          <code>name, registration_code, county</code> {t.import.required};{" "}
          <code>
            city, caen_code, employees, turnover_eur, balance_sheet_eur, has_marketing_dept, contact_name,
            contact_email
          </code>{" "}
          {t.import.optional}.
        </p>
      </details>
      <p>
        <TemplateDownload
          query={CompanyImportTemplateQuery}
          template={(data) => data.companyImportTemplate}
          fileName="smi-companies-template.csv"
        />
      </p>
      <CsvImportFlow
        texts={t.import}
        preview={async (csv) => (await preview({ variables: { csv } })).data?.previewCompanyImport}
        run={async (csv, mode) => (await runImport({ variables: { csv, mode } })).data?.importCompanies}
        next={
          <Link className="button" to="/companies">
            {t.import.viewCompanies}
          </Link>
        }
      />
    </article>
  );
}

import { useMutation } from "@apollo/client/react";
import { Link } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { CsvImportFlow } from "./CsvImportFlow";
import {
  ImportResponsesMutation,
  PreviewResponseImportMutation,
  ResponseImportTemplateQuery,
} from "./import.graphql";
import { TemplateDownload } from "./TemplateDownload";

/** Responses collected on paper or with another tool, in the codebook's columns, scored on the server. */
export function ResponseImportPage() {
  const t = useResearchT();
  useDocumentTitle(t.responseImport.title);
  const [preview] = useMutation(PreviewResponseImportMutation);
  const [runImport] = useMutation(ImportResponsesMutation);

  return (
    <article>
      <h1>{t.responseImport.title}</h1>
      <p>{t.responseImport.lead}</p>
      <details className="import-help">
        <summary>{t.import.columnsTitle}</summary>
        <p>{t.responseImport.columnsBody}</p>
        <p>
          <code>county, q01 … q20</code> {t.import.required};{" "}
          <code>
            response_id, employees, turnover_eur, balance_sheet_eur, has_marketing_dept, perf_…,
            smi_configuration
          </code>{" "}
          {t.import.optional}.
        </p>
      </details>
      <p>
        <TemplateDownload
          query={ResponseImportTemplateQuery}
          template={(data) => data.responseImportTemplate}
          fileName="smi-responses-template.csv"
        />
      </p>
      <CsvImportFlow
        texts={t.responseImport}
        preview={async (csv) => (await preview({ variables: { csv } })).data?.previewResponseImport}
        run={async (csv, mode) => (await runImport({ variables: { csv, mode } })).data?.importResponses}
        next={
          <Link className="button" to="/dashboard">
            {t.responseImport.viewAnalysis}
          </Link>
        }
      />
    </article>
  );
}

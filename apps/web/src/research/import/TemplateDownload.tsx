import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import { useResearchT } from "../i18n";
import { downloadText } from "../ui/download";
import { ErrorAlert } from "../ui/ErrorAlert";
import { CompanyImportTemplateQuery } from "./import.graphql";

/** The server's template (header row and an example), as a CSV file with a BOM so Excel reads the diacritics. */
export function TemplateDownload() {
  const t = useResearchT();
  const client = useApolloClient();
  const [error, setError] = useState<unknown>(null);

  const handleClick = async () => {
    setError(null);
    try {
      const { data } = await client.query({ query: CompanyImportTemplateQuery });
      if (data) downloadText("smi-companies-template.csv", `\uFEFF${data.companyImportTemplate}`, "text/csv");
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void handleClick()}>
        {t.import.downloadTemplate}
      </button>
      <ErrorAlert error={error} />
    </>
  );
}

import type { TypedDocumentNode } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";
import { useResearchT } from "../i18n";
import { downloadText } from "../ui/download";
import { ErrorAlert } from "../ui/ErrorAlert";

type TemplateDownloadProps<T> = {
  /** The server's template query, whose answer `template` reads. */
  query: TypedDocumentNode<T, { [key: string]: never }>;
  template: (data: T) => string;
  fileName: string;
};

/** The server's template (header row and an example), as a CSV file with a BOM so Excel reads the diacritics. */
export function TemplateDownload<T>({ query, template, fileName }: TemplateDownloadProps<T>) {
  const t = useResearchT();
  const client = useApolloClient();
  const [error, setError] = useState<unknown>(null);

  const handleClick = async () => {
    setError(null);
    try {
      const { data } = await client.query({ query });
      if (data) downloadText(fileName, `\uFEFF${template(data)}`, "text/csv");
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

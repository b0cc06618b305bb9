import { useMutation } from "@apollo/client/react";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { Link } from "react-router";
import { useDocumentTitle } from "../../ui/useDocumentTitle";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { ImportCompaniesMutation, PreviewCompanyImportMutation } from "./import.graphql";
import { ImportReportView } from "./ImportReportView";
import { TemplateDownload } from "./TemplateDownload";

/**
 * A company list in three steps: give the file (upload or paste), read the server's check of every row, then
 * either fix the file or import the valid rows. Nothing is written before the last step.
 */
export function ImportPage() {
  const t = useResearchT();
  useDocumentTitle(t.import.title);
  const [fileCsv, setFileCsv] = useState<{ name: string; text: string } | null>(null);
  const [pasted, setPasted] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const [preview, previewState] = useMutation(PreviewCompanyImportMutation);
  const [runImport, importState] = useMutation(ImportCompaniesMutation, { refetchQueries: ["Companies"] });
  const csv = fileCsv?.text ?? pasted;
  const report = previewState.data?.previewCompanyImport;
  const result = importState.data?.importCompanies;

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    previewState.reset();
    importState.reset();
    setFileCsv(file ? { name: file.name, text: await file.text() } : null);
  };

  const handlePreview = (event: FormEvent) => {
    event.preventDefault();
    importState.reset();
    if (csv.trim()) void preview({ variables: { csv } }).catch(() => undefined);
  };

  const handleFixFile = () => {
    previewState.reset();
    if (fileInput.current) fileInput.current.value = "";
    setFileCsv(null);
    fileInput.current?.focus();
  };

  const handleImport = (mode: "VALID_ONLY" | "ALL_OR_NOTHING") =>
    void runImport({ variables: { csv, mode } }).catch(() => undefined);

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
        <TemplateDownload />
      </p>

      <form onSubmit={handlePreview}>
        <FormField label={t.import.fileLabel} hint={t.import.fileHint}>
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => void handleFile(e)}
            />
          )}
        </FormField>
        <FormField
          label={t.import.pasteLabel}
          hint={fileCsv ? t.import.fileChosen(fileCsv.name) : t.import.pasteHint}
        >
          {(control) => (
            <textarea
              {...control}
              rows={6}
              value={pasted}
              disabled={fileCsv !== null}
              onChange={(e) => {
                previewState.reset();
                setPasted(e.target.value);
              }}
            />
          )}
        </FormField>
        <button className="button" type="submit" disabled={!csv.trim() || previewState.loading}>
          {previewState.loading ? t.import.checking : t.import.check}
        </button>
      </form>
      <ErrorAlert error={previewState.error} />

      {report && !result && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t.import.previewTitle}</h2>
          <ImportReportView report={report} />
          {report.validRows === 0 ? (
            <p className="alert alert-error">{t.import.nothingValid}</p>
          ) : report.invalidRows > 0 ? (
            <div role="group" aria-labelledby="choice-title">
              <p id="choice-title">
                <strong>{t.import.choiceTitle}</strong>
              </p>
              <p className="actions">
                <button type="button" className="button-secondary" onClick={handleFixFile}>
                  {t.import.fixFile}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={importState.loading}
                  onClick={() => handleImport("VALID_ONLY")}
                >
                  {t.import.importValidOnly(report.validRows)}
                </button>
              </p>
            </div>
          ) : (
            <p>
              <button
                type="button"
                className="button"
                disabled={importState.loading}
                onClick={() => handleImport("ALL_OR_NOTHING")}
              >
                {t.import.importAll(report.validRows)}
              </button>
            </p>
          )}
        </section>
      )}
      <ErrorAlert error={importState.error} />

      {result && (
        <section aria-labelledby="result-title">
          <h2 id="result-title">{t.import.doneTitle}</h2>
          <p className="alert alert-success" role="status">
            {t.import.done(result.created, result.updated)}
          </p>
          <ImportReportView report={result} />
          <p>
            <Link className="button" to="/companies">
              {t.import.viewCompanies}
            </Link>
          </p>
        </section>
      )}
    </article>
  );
}

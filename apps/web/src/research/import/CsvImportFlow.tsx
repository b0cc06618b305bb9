import { useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import type { ImportMode, ImportReportFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { FormField } from "../ui/FormField";
import { ImportReportView, type ImportKindTexts } from "./ImportReportView";

type Report = ImportReportFieldsFragment;

type CsvImportFlowProps = {
  /** What the rows are (companies, responses), as the report counts them. */
  texts: ImportKindTexts;
  /** The server's check of every row; writes nothing. */
  preview: (csv: string) => Promise<Report | undefined>;
  /** The import itself, in one transaction on the server. */
  run: (csv: string, mode: ImportMode) => Promise<Report | undefined>;
  /** Where to go once the import is done. */
  next: ReactNode;
};

/**
 * A CSV import in three steps: give the file (upload or paste), read the server's check of every row, then either
 * fix the file or import the valid rows. Nothing is written before the last step.
 */
export function CsvImportFlow({ texts, preview, run, next }: CsvImportFlowProps) {
  const t = useResearchT();
  const [fileCsv, setFileCsv] = useState<{ name: string; text: string } | null>(null);
  const [pasted, setPasted] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const previewStep = useReportStep(preview);
  const importStep = useReportStep(run);
  const csv = fileCsv?.text ?? pasted;
  const report = previewStep.report;
  const result = importStep.report;

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    previewStep.reset();
    importStep.reset();
    setFileCsv(file ? { name: file.name, text: await file.text() } : null);
  };

  const handlePreview = (event: FormEvent) => {
    event.preventDefault();
    importStep.reset();
    if (csv.trim()) previewStep.start(csv);
  };

  const handleFixFile = () => {
    previewStep.reset();
    if (fileInput.current) fileInput.current.value = "";
    setFileCsv(null);
    fileInput.current?.focus();
  };

  return (
    <>
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
                previewStep.reset();
                setPasted(e.target.value);
              }}
            />
          )}
        </FormField>
        <button className="button" type="submit" disabled={!csv.trim() || previewStep.loading}>
          {previewStep.loading ? t.import.checking : t.import.check}
        </button>
      </form>
      <ErrorAlert error={previewStep.error} />

      {report && !result && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t.import.previewTitle}</h2>
          <ImportReportView report={report} texts={texts} />
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
                  disabled={importStep.loading}
                  onClick={() => importStep.start(csv, "VALID_ONLY")}
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
                disabled={importStep.loading}
                onClick={() => importStep.start(csv, "ALL_OR_NOTHING")}
              >
                {t.import.importAll(report.validRows)}
              </button>
            </p>
          )}
        </section>
      )}
      <ErrorAlert error={importStep.error} />

      {result && (
        <section aria-labelledby="result-title">
          <h2 id="result-title">{t.import.doneTitle}</h2>
          <p className="alert alert-success" role="status">
            {texts.done(result.created, result.updated)}
          </p>
          <ImportReportView report={result} texts={texts} />
          <p>{next}</p>
        </section>
      )}
    </>
  );
}

/** One request of the flow: its report, or why there is none; a newer request or a reset drops an older answer. */
function useReportStep<A extends unknown[]>(request: (...args: A) => Promise<Report | undefined>) {
  const [state, setState] = useState<{ loading: boolean; error: unknown; report?: Report }>({
    loading: false,
    error: null,
  });
  const latest = useRef(0);
  const settle = (id: number, next: typeof state) => {
    if (latest.current === id) setState(next);
  };
  return {
    ...state,
    start(...args: A) {
      const id = ++latest.current;
      setState({ loading: true, error: null });
      request(...args).then(
        (report) => settle(id, { loading: false, error: null, report }),
        (error: unknown) => settle(id, { loading: false, error }),
      );
    },
    reset() {
      latest.current++;
      setState({ loading: false, error: null });
    },
  };
}

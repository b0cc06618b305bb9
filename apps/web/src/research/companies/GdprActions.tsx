import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { CompanyFieldsFragment } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { downloadText } from "../ui/download";
import { ErrorAlert } from "../ui/ErrorAlert";
import { EraseCompanyMutation, ExportCompanyDataMutation } from "./companies.graphql";

type GdprActionsProps = {
  company: Pick<CompanyFieldsFragment, "id" | "name" | "registrationCode" | "erasedAt">;
};

/** A data subject's rights: a copy of everything held (access) and erasure, which asks for confirmation. */
export function GdprActions({ company }: GdprActionsProps) {
  const t = useResearchT();
  const [confirming, setConfirming] = useState(false);
  const [includeResponses, setIncludeResponses] = useState(false);
  const [exportData, exportState] = useMutation(ExportCompanyDataMutation);
  const [erase, eraseState] = useMutation(EraseCompanyMutation);

  const handleExport = async () => {
    const result = await exportData({ variables: { id: company.id } }).catch(() => null);
    if (!result?.data) return;
    const fileName = `company-${company.registrationCode ?? company.id}-data.json`;
    downloadText(fileName, JSON.stringify(result.data.exportCompanyData, null, 2), "application/json");
  };

  const handleErase = async () => {
    const result = await erase({ variables: { id: company.id, includeResponses } }).catch(() => null);
    if (result?.data) setConfirming(false);
  };

  return (
    <section aria-labelledby="gdpr-title">
      <h2 id="gdpr-title">{t.gdpr.title}</h2>
      <p>{t.gdpr.exportBody}</p>
      <button type="button" onClick={() => void handleExport()} disabled={exportState.loading}>
        {t.gdpr.exportAction}
      </button>
      <ErrorAlert error={exportState.error} />
      {company.erasedAt ? (
        <p className="alert alert-info">{t.gdpr.alreadyErased}</p>
      ) : (
        <div className="danger-zone">
          <p>{t.gdpr.eraseBody}</p>
          {!confirming ? (
            <button type="button" onClick={() => setConfirming(true)}>
              {t.gdpr.eraseAction}
            </button>
          ) : (
            <div role="group" aria-labelledby="erase-question">
              <p id="erase-question">
                <strong>{t.gdpr.eraseQuestion(company.name)}</strong>
              </p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={includeResponses}
                  onChange={(e) => setIncludeResponses(e.target.checked)}
                />
                {t.gdpr.includeResponses}
              </label>
              <p className="actions">
                <button
                  type="button"
                  className="button-danger"
                  onClick={() => void handleErase()}
                  disabled={eraseState.loading}
                >
                  {t.gdpr.eraseConfirm}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t.common.cancel}
                </button>
              </p>
            </div>
          )}
          <ErrorAlert error={eraseState.error} />
        </div>
      )}
      {eraseState.data && (
        <p className="alert alert-success" role="status">
          {t.gdpr.erased}
        </p>
      )}
    </section>
  );
}

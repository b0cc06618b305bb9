import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { PseudonymiseContactsMutation } from "./companies.graphql";

/** For administrators when the study closes: irreversible, so it asks for an explicit acknowledgement first. */
export function PseudonymisePanel() {
  const t = useResearchT();
  const [understood, setUnderstood] = useState(false);
  const [pseudonymise, { data, loading, error, client }] = useMutation(PseudonymiseContactsMutation);

  const handleClick = async () => {
    const result = await pseudonymise({ variables: { confirm: "PSEUDONYMISE" } }).catch(() => null);
    if (result?.data) await client.refetchQueries({ include: "active" });
  };

  return (
    <section className="danger-zone" aria-labelledby="pseudonymise-title">
      <h2 id="pseudonymise-title">{t.gdpr.pseudonymiseTitle}</h2>
      <p>{t.gdpr.pseudonymiseBody}</p>
      <label className="checkbox">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        {t.gdpr.pseudonymiseConfirm}
      </label>
      <button type="button" disabled={!understood || loading} onClick={() => void handleClick()}>
        {t.gdpr.pseudonymiseAction}
      </button>
      <ErrorAlert error={error} />
      {data && (
        <p className="alert alert-success" role="status">
          {t.gdpr.pseudonymiseDone(data.pseudonymiseContacts)}
        </p>
      )}
    </section>
  );
}

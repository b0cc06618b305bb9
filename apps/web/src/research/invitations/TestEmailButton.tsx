import { useMutation } from "@apollo/client/react";
import type { CompanyTemplate, Locale } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { SendTestEmailMutation } from "./sending.graphql";

type TestEmailButtonProps = { template: CompanyTemplate; locale: Locale };

/** Sends the previewed text, marked as a test and with example links, to the signed-in researcher only. */
export function TestEmailButton({ template, locale }: TestEmailButtonProps) {
  const t = useResearchT();
  const [send, { data, loading, error }] = useMutation(SendTestEmailMutation);
  return (
    <div className="test-email">
      <button
        type="button"
        disabled={loading}
        onClick={() => void send({ variables: { input: { template, locale } } }).catch(() => undefined)}
      >
        {t.sending.testSend}
      </button>
      <p className="muted">{t.sending.testHint}</p>
      {data && <p role="status">{t.sending.testSent(data.sendTestEmail.recipient)}</p>}
      <ErrorAlert error={error} />
    </div>
  );
}

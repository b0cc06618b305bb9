import type { FormEvent, ReactNode } from "react";
import { useResearchT } from "../i18n";
import { ErrorAlert } from "../ui/ErrorAlert";
import { useFormat } from "../ui/useFormat";
import { SendPreviewPanel } from "./SendPreviewPanel";
import { SendTimeFields } from "./SendTimeFields";
import type { PreviewedSend } from "./use-previewed-send";

type PreviewedSendStepsProps = {
  send: PreviewedSend;
  /** The send-now mutation is running. */
  sending: boolean;
  /** The server's problem with the send time, if any. */
  sendAtError?: string;
  /** The choices of the send, above "when" and the preview button. */
  children: ReactNode;
};

/**
 * A bulk send's two steps on screen: the form with its choices, when, and "Preview"; then, instead of the form, the
 * preview with its confirmation. Below both: a preview that failed, or the time a confirmed send was scheduled for.
 */
export function PreviewedSendSteps({ send, sending, sendAtError, children }: PreviewedSendStepsProps) {
  const t = useResearchT();
  const format = useFormat();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.open();
  };
  return (
    <>
      {send.preview ? (
        <SendPreviewPanel
          preview={send.preview}
          sendAt={send.sendAt}
          busy={send.busy || sending}
          error={send.confirmError}
          onConfirm={() => void send.confirm()}
          onBack={send.close}
        />
      ) : (
        <form onSubmit={handleSubmit}>
          {children}
          <SendTimeFields
            value={send.time}
            onChange={send.setTime}
            error={send.missingTime ? t.sending.sendAtMissing : sendAtError}
          />
          <button className="button" type="submit" disabled={send.loading}>
            {send.loading ? t.sending.previewing : t.sending.preview}
          </button>
        </form>
      )}
      <ErrorAlert error={send.previewError} />
      {send.scheduledAt && (
        <p className="alert alert-success" role="status">
          {t.sending.scheduledDone(format.dateTime(send.scheduledAt))}
        </p>
      )}
    </>
  );
}

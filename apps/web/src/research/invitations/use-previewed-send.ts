import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { SendPreviewFieldsFragment } from "../../gql/graphql";
import { errorCode } from "../ui/graphql-error";
import { ScheduleSendMutation } from "./sending.graphql";
import { sendAtIso, type SendTime } from "./SendTimeFields";

/** Loads the preview of the send as it would be at sendAt (null: now). */
type PreviewLoader = (sendAt: string | null) => Promise<{ data?: SendPreviewFieldsFragment | undefined }>;

/**
 * The two steps of a bulk send: a preview (nothing sent), then a confirmation that sends now (`sendNow`, with the
 * preview's selectionKey) or schedules it. When the server answers SELECTION_CHANGED, the preview is loaded again at
 * once, so what is on screen is what the next confirmation would send.
 */
export function usePreviewedSend(
  loadPreview: PreviewLoader,
  sendNow: (selectionKey: string) => Promise<unknown>,
  scheduleInput: (selectionKey: string) => Record<string, unknown>,
) {
  const [time, setTime] = useState<SendTime>({ when: "now", local: "" });
  const [preview, setPreview] = useState<SendPreviewFieldsFragment | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [confirmError, setConfirmError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [scheduledAt, setScheduledAt] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [schedule] = useMutation(ScheduleSendMutation, { refetchQueries: ["ScheduledSends"] });
  const sendAt = sendAtIso(time);
  const missingTime = time.when === "later" && !sendAt;

  const load = async () => {
    setLoading(true);
    setPreviewError(null);
    try {
      const { data } = await loadPreview(sendAt);
      setPreview(data ?? null);
    } catch (error) {
      setPreviewError(error);
    } finally {
      setLoading(false);
    }
  };

  return {
    time,
    setTime,
    sendAt,
    /** "Later" was chosen without a time, and the researcher asked for the preview. */
    missingTime: tried && missingTime,
    preview,
    previewError,
    loading,
    confirmError,
    busy,
    scheduledAt,
    open: () => {
      setTried(true);
      setConfirmError(null);
      setScheduledAt(null);
      if (!missingTime) void load();
    },
    close: () => {
      setPreview(null);
      setConfirmError(null);
    },
    confirm: async () => {
      if (!preview) return;
      setBusy(true);
      setConfirmError(null);
      try {
        if (sendAt) {
          const result = await schedule({
            variables: { input: { ...scheduleInput(preview.selectionKey), sendAt } },
          });
          setScheduledAt(result.data?.scheduleSend.sendAt as string);
        } else {
          await sendNow(preview.selectionKey);
        }
        setPreview(null);
      } catch (error) {
        setConfirmError(error);
        if (errorCode(error) === "SELECTION_CHANGED") await load();
      } finally {
        setBusy(false);
      }
    },
  };
}

export type PreviewedSend = ReturnType<typeof usePreviewedSend>;

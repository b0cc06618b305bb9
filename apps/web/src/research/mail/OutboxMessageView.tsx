import { useEffect, useRef } from "react";
import type { OutboxQuery } from "../../gql/graphql";
import { useResearchT } from "../i18n";
import { useFormat } from "../ui/useFormat";

type Message = OutboxQuery["outbox"]["items"][number];

export function OutboxMessageView({ message, onClose }: { message: Message; onClose: () => void }) {
  const t = useResearchT();
  const format = useFormat();
  const section = useRef<HTMLElement>(null);

  // The message opens above the list: move there so keyboard and screen-reader users land on what they opened.
  useEffect(() => {
    section.current?.focus();
    section.current?.scrollIntoView({ block: "start" });
  }, [message.id]);
  return (
    <section ref={section} className="message" aria-labelledby="message-subject" tabIndex={-1}>
      <h2 id="message-subject">{message.subject}</h2>
      <dl className="details">
        <dt>{t.mail.recipient}</dt>
        <dd>{message.recipient ?? "—"}</dd>
        <dt>{t.mail.kind}</dt>
        <dd>{t.mail.kinds[message.kind as keyof typeof t.mail.kinds] ?? message.kind}</dd>
        <dt>{t.invitations.language}</dt>
        <dd>{message.locale.toUpperCase()}</dd>
        <dt>{t.mail.sentAt}</dt>
        <dd>{format.dateTime(message.sentAt)}</dd>
        <dt>{t.mail.personalLink}</dt>
        <dd>{t.mail.personalLinkHidden}</dd>
      </dl>
      <pre className="message-body" lang={message.locale}>
        {message.body}
      </pre>
      <button type="button" onClick={onClose}>
        {t.common.close}
      </button>
    </section>
  );
}

import { useT } from "../i18n/useT";
import { useDocumentTitle } from "../ui/useDocumentTitle";

type RespondentPageProps = {
  /** The personal token from the invitation link /r/<token>; never shown, it is the respondent's key. */
  token: string;
};

/** Where a respondent lands from the personal link in their invitation e-mail. */
export function RespondentPage({ token }: RespondentPageProps) {
  const t = useT();
  useDocumentTitle(t.respond.title);
  return (
    <article data-has-token={token.length > 0}>
      <h1>{t.respond.title}</h1>
      <p>{t.respond.placeholder}</p>
    </article>
  );
}

import { useRespondT } from "./i18n";
import { useDocumentTitle } from "../ui/useDocumentTitle";

type RespondentPageProps = {
  /** The personal token from the invitation link /r/<token>; never shown, it is the respondent's key. */
  token: string;
};

/** Where a respondent lands from the personal link in their invitation e-mail. */
export function RespondentPage({ token }: RespondentPageProps) {
  const t = useRespondT();
  useDocumentTitle(t.title);
  return (
    <article data-has-token={token.length > 0}>
      <h1>{t.title}</h1>
      <p>{t.placeholder}</p>
    </article>
  );
}

import { AppLink } from "./AppLink";
import { useT } from "../i18n/useT";
import { useDocumentTitle } from "./useDocumentTitle";

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t.notFound.title);
  return (
    <article>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <AppLink className="button" to="/">
          {t.notFound.home}
        </AppLink>
      </p>
    </article>
  );
}

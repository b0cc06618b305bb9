import { useEffect } from "react";
import { useT } from "../i18n/useT";

/** Screen readers announce the tab title on navigation, so every page names itself there. */
export function useDocumentTitle(pageTitle: string): void {
  const appName = useT().app.name;
  useEffect(() => {
    document.title = `${pageTitle} · ${appName}`;
  }, [pageTitle, appName]);
}

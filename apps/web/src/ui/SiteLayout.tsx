import type { ReactNode } from "react";
import { useT } from "../i18n/useT";
import { AppLink } from "./AppLink";
import { LanguageSwitch } from "./LanguageSwitch";

type SiteLayoutProps = { children: ReactNode };

export function SiteLayout({ children }: SiteLayoutProps) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="site-header">
        <AppLink className="site-name" to="/">
          {t.app.name}
        </AppLink>
        <LanguageSwitch />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

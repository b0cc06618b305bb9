import type { ReactNode } from "react";
import { useT } from "../i18n/useT";
import { AppLink } from "./AppLink";
import { LanguageSwitch } from "./LanguageSwitch";

type SiteLayoutProps = {
  children: ReactNode;
  /**
   * The researcher workspace's width, known from the address so the page is laid out wide before its chunk and
   * data arrive: widening it afterwards moved the whole page (most of the dashboard's layout shift).
   */
  wide?: boolean;
};

export function SiteLayout({ children, wide = false }: SiteLayoutProps) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className={wide ? "site-header wide" : "site-header"}>
        <AppLink className="site-name" to="/">
          {t.app.name}
        </AppLink>
        <LanguageSwitch />
      </header>
      <main id="main" className={wide ? "page wide" : "page"} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

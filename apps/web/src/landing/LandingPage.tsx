import { AppLink } from "../ui/AppLink";
import { useT } from "../i18n/useT";
import { useDocumentTitle } from "../ui/useDocumentTitle";
import { ServerStatus } from "./ServerStatus";

export function LandingPage() {
  const t = useT();
  useDocumentTitle(t.landing.title);
  return (
    <article className="landing">
      <h1>{t.landing.title}</h1>
      <p className="lead">{t.landing.lead}</p>
      <section aria-labelledby="landing-who">
        <h2 id="landing-who">{t.landing.whoHeading}</h2>
        <p>{t.landing.who}</p>
      </section>
      <section aria-labelledby="landing-what">
        <h2 id="landing-what">{t.landing.whatHeading}</h2>
        <p>{t.landing.what}</p>
      </section>
      <section aria-labelledby="landing-basis">
        <h2 id="landing-basis">{t.landing.basisHeading}</h2>
        <p>{t.landing.basis}</p>
      </section>
      <section className="callout" aria-labelledby="landing-invited">
        <h2 id="landing-invited">{t.landing.invitedHeading}</h2>
        <p>{t.landing.invited}</p>
      </section>
      <footer className="landing-footer">
        <ServerStatus />
        <AppLink to="/research">{t.landing.researchersLink}</AppLink>
      </footer>
    </article>
  );
}

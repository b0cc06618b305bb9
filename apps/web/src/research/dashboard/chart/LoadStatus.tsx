import { useDashboardT } from "../i18n";
import type { LoadState } from "./load-state";
import { loadErrorKind } from "./load-state";

type LoadStatusProps = { state: LoadState };

/** The loading and error states every view shows in the same words and places; nothing once data is there. */
export function LoadStatus({ state }: LoadStatusProps) {
  const t = useDashboardT().frame;
  if (state.error) {
    const kind = loadErrorKind(state.error);
    return (
      <div className="dashboard-alert" role="alert">
        {kind === "signedOut" ? (
          <p>
            {t.signedOut} <a href="/research/sign-in">{t.signIn}</a>
          </p>
        ) : (
          <>
            <p>{kind === "forbidden" ? t.forbidden : t.error}</p>
            {kind === "other" && (
              <button type="button" onClick={state.retry}>
                {t.retry}
              </button>
            )}
          </>
        )}
      </div>
    );
  }
  if (state.loading) {
    return (
      <p className="dashboard-loading" role="status">
        {t.loading}
      </p>
    );
  }
  return null;
}

import { useT } from "../i18n/useT";

export function PageLoading() {
  const t = useT();
  return (
    <p className="page-loading" role="status">
      {t.app.loading}
    </p>
  );
}

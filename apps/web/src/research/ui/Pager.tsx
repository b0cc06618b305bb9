import { useResearchT } from "../i18n";

type PagerProps = {
  offset: number;
  limit: number;
  total: number;
  shown: number;
  onChange: (offset: number) => void;
};

export function Pager({ offset, limit, total, shown, onChange }: PagerProps) {
  const t = useResearchT();
  const hasNext = offset + shown < total;
  if (offset === 0 && !hasNext) return null;
  return (
    <nav className="pager" aria-label={t.common.pages}>
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t.common.previous}
      </button>
      <span>{t.common.range(offset + 1, offset + shown, total)}</span>
      <button type="button" disabled={!hasNext} onClick={() => onChange(offset + limit)}>
        {t.common.next}
      </button>
    </nav>
  );
}

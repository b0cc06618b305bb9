import { ITEMS } from "@smi/questionnaire";
import { useId } from "react";
import { useLocalized } from "../../../i18n/useT";
import type { ReliabilityFieldsFragment, UndefinedReason } from "../../../gql/dashboard/graphql";
import type { LoadState } from "../chart/load-state";
import { LoadStatus } from "../chart/LoadStatus";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";

/** Cronbach's alpha and McDonald's omega of the 20 statements, Harman's check, and each statement's part in alpha. */
export function ReliabilitySection({ run, state }: { run?: ReliabilityFieldsFragment; state: LoadState }) {
  const t = useDashboardT().relations;
  const empty = useDashboardT().frame.empty;
  const localized = useLocalized();
  const format = useNumberFormat();
  const headingId = useId();
  const reliability = run?.n ? run.reliability : null;
  const instrument = run?.n ? run.instrument : null;
  const reasons = useDashboardT().undefinedReasons;
  // A figure, or why there is none (an analysis saved before the instrument checks has none of them).
  const checked = (value: number | null | undefined, reason: UndefinedReason | null | undefined) =>
    value == null && reason ? `– (${reasons[reason]})` : figure(value);
  const constant = instrument?.alphaConventions.constantItemIds ?? [];
  const figure = (value: number | null | undefined) => (value == null ? "–" : format.decimal(value, 3));
  return (
    <section className="chart-frame" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.reliabilityTitle}</h2>
      <LoadStatus state={state} />
      {run && !reliability && <p className="dashboard-empty">{empty}</p>}
      {reliability && (
        <>
          <div className="stat-summary" data-testid="reliability">
            <dl>
              <div>
                <dt>{t.alpha}</dt>
                <dd data-stat="alpha">{figure(reliability.alpha)}</dd>
              </div>
              <div>
                <dt>{t.standardizedAlpha}</dt>
                <dd>{figure(reliability.standardizedAlpha)}</dd>
              </div>
              <div>
                <dt>{t.averageR}</dt>
                <dd>{figure(reliability.averageR)}</dd>
              </div>
              <div>
                <dt>{t.omega}</dt>
                <dd data-stat="omega">
                  {checked(
                    instrument?.omega.omega,
                    instrument ? instrument.omega.undefinedReason : "NOT_STORED",
                  )}
                </dd>
              </div>
              <div>
                <dt>{t.harmanShare}</dt>
                <dd data-stat="harman">
                  {instrument?.harman.share == null
                    ? checked(null, instrument ? instrument.harman.undefinedReason : "NOT_STORED")
                    : format.percent(100 * instrument.harman.share)}
                </dd>
              </div>
              <div>
                <dt>n</dt>
                <dd>{reliability.n}</dd>
              </div>
            </dl>
            <p className="stat-note">{t.instrumentNote}</p>
            {constant.length > 0 && (
              <p className="stat-note" data-testid="alpha-without-constant">
                {t.alphaWithoutConstant(
                  constant.map((id) => `Q${id.slice(1)}`).join(", "),
                  figure(instrument?.alphaConventions.constantItemsDropped),
                )}
              </p>
            )}
          </div>
          <div className="table-scroll" role="region" aria-label={t.reliabilityTitle} tabIndex={0}>
            <table className="data-table data-table--wrap" data-testid="reliability-table">
              <caption>{t.reliabilityItems}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.statement}</th>
                  <th scope="col">{t.rDrop}</th>
                  <th scope="col">{t.alphaIfDeleted}</th>
                </tr>
              </thead>
              <tbody>
                {reliability.items.map((item, index) => {
                  const statement = ITEMS.find((i) => i.id === item.itemId);
                  return (
                    <tr key={item.itemId}>
                      <th scope="row">
                        <strong>Q{String(index + 1).padStart(2, "0")}.</strong>{" "}
                        {statement ? localized(statement.statement) : item.itemId}
                      </th>
                      <td>{figure(item.rDrop)}</td>
                      <td>{figure(item.alphaIfDeleted)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

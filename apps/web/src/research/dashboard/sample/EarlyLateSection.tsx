import { ITEMS } from "@smi/questionnaire";
import { useId, useMemo } from "react";
import { useLocale, useLocalized } from "../../../i18n/useT";
import type { EarlyLateTestFieldsFragment, SampleFieldsFragment } from "../../../gql/dashboard/graphql";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { ReasonNote } from "./ReasonNote";
import { figureOf } from "./sample-figures";

/** Armstrong & Overton: the first quarter of respondents against the last, on the total and each statement. */
export function EarlyLateSection({ sample }: { sample: SampleFieldsFragment["sample"] }) {
  const dt = useDashboardT();
  const t = dt.sample;
  const localized = useLocalized();
  const { locale } = useLocale();
  const format = useNumberFormat();
  const figure = figureOf(format);
  const headingId = useId();
  const date = useMemo(
    () =>
      new Intl.DateTimeFormat(locale === "ro" ? "ro-RO" : "en-GB", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "Europe/Bucharest",
      }),
    [locale],
  );
  const e = sample.earlyLate;
  const rows: { label: string; test: EarlyLateTestFieldsFragment }[] = [
    { label: t.total, test: e.total },
    ...e.items.map((test, index) => {
      const item = ITEMS.find((i) => i.id === test.variable);
      return {
        label: `Q${String(index + 1).padStart(2, "0")}. ${item ? localized(item.statement) : test.variable}`,
        test,
      };
    }),
  ];
  return (
    <section className="chart-frame" aria-labelledby={headingId} data-testid="early-late">
      <h2 id={headingId}>{t.earlyLateTitle}</h2>
      {e.earlyCut && e.lateCut && (
        <p>{t.earlyLateIntro(date.format(new Date(e.earlyCut)), date.format(new Date(e.lateCut)))}</p>
      )}
      <ReasonNote reason={e.undefinedReason} />
      {e.n > 0 && (
        <div className="table-scroll" role="region" aria-label={t.earlyLateTitle} tabIndex={0}>
          <table className="data-table data-table--wrap" data-testid="early-late-table">
            <thead>
              <tr>
                <th scope="col">{t.variable}</th>
                <th scope="col">{t.nEarly}</th>
                <th scope="col">{t.nLate}</th>
                <th scope="col">{t.meanEarly}</th>
                <th scope="col">{t.meanLate}</th>
                <th scope="col">{t.difference}</th>
                <th scope="col">t</th>
                <th scope="col">{dt.crossTab.df}</th>
                <th scope="col">p</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ label, test }) => (
                <tr key={test.variable} data-variable={test.variable}>
                  <th scope="row">{label}</th>
                  <td>{format.integer(test.nEarly)}</td>
                  <td>{format.integer(test.nLate)}</td>
                  <td>{figure(test.meanEarly)}</td>
                  <td>{figure(test.meanLate)}</td>
                  <td>{figure(test.difference)}</td>
                  <td>{figure(test.t)}</td>
                  <td>{figure(test.df, 1)}</td>
                  <td
                    data-stat="p"
                    title={test.undefinedReason ? dt.undefinedReasons[test.undefinedReason] : undefined}
                  >
                    {format.p(test.p)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {e.undefinedReason === null && <ReasonNote reason={e.total.undefinedReason} />}
    </section>
  );
}

import type { ImportReportFieldsFragment } from "../../gql/graphql";
import type { ResearchMessages } from "../i18n/messages";
import { describeProblem } from "../ui/field-messages";
import { useResearchT } from "../i18n";
import { TableRegion } from "../ui/TableRegion";

/** How an import's report counts its rows: companies, responses. */
export type ImportKindTexts = Pick<
  ResearchMessages["import"],
  "willCreate" | "willUpdate" | "created" | "updated" | "done"
>;

type ImportReportViewProps = { report: ImportReportFieldsFragment; texts: ImportKindTexts };

/** What the file holds (preview) or what the import did, and each problem where a spreadsheet would show it. */
export function ImportReportView({ report, texts }: ImportReportViewProps) {
  const t = useResearchT();
  return (
    <>
      <ul className="report-summary">
        <li>{t.import.rows(report.rows)}</li>
        <li>{t.import.validRows(report.validRows)}</li>
        <li>{t.import.invalidRows(report.invalidRows)}</li>
        <li>{report.applied ? texts.created(report.created) : texts.willCreate(report.created)}</li>
        <li>{report.applied ? texts.updated(report.updated) : texts.willUpdate(report.updated)}</li>
        {report.applied && <li>{t.import.skipped(report.skipped)}</li>}
      </ul>
      {report.problems.length > 0 && (
        <TableRegion caption={t.import.problemsCaption(report.problems.length)}>
          <thead>
            <tr>
              <th scope="col" className="number">
                {t.import.row}
              </th>
              <th scope="col">{t.import.column}</th>
              <th scope="col">{t.import.problem}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem, index) => {
              const message = describeProblem(
                {
                  message: problem.message,
                  code: problem.code,
                  params: (problem.params as Readonly<Record<string, unknown>> | null) ?? undefined,
                },
                t.problems,
              );
              return (
                <tr key={`${problem.row}-${problem.column}-${index}`}>
                  <td className="number">{problem.row}</td>
                  <td>
                    <code>{problem.column}</code>
                  </td>
                  <td lang={message.lang}>{message.text}</td>
                </tr>
              );
            })}
          </tbody>
        </TableRegion>
      )}
    </>
  );
}

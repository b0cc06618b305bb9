import type { DataSource } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import { preparedStatement } from "../../db/prepared-statement";
import { answerableSql } from "./invitation-access";
import { Response } from "./response.entity";

/** What the review fingerprint and the result page read, nothing else: this runs on every submit. */
const SUBMIT_DRAFT_COLUMNS = [
  "id",
  "source",
  "answers",
  "county",
  "employees",
  "turnoverEur",
  "balanceSheetEur",
  "hasMarketingDept",
  "performance",
  "configuration",
] as const satisfies readonly (keyof Response)[];

type Row = Record<string, unknown> & { xmin: string };

export interface SubmitDraft {
  draft: Response;
  /** The row version read, so that the submitting statement can tell whether a write came in between. */
  xmin: string;
}

/**
 * The read a submit starts from: the draft of a link that may be answered now. Its SQL is written once: TypeORM's
 * query builder spent most of a submit's CPU composing the same text (aliases, escaping, the join) on every call.
 * Values are hydrated as TypeORM hydrates them (jsonb, numbers, booleans), from the entity's own column metadata.
 */
export function submitDraftReader(dataSource: DataSource): (token: string) => Promise<SubmitDraft | null> {
  // Prepared at the first submit: the entity metadata exists once the data source is initialised.
  let prepared:
    | { columns: ColumnMetadata[]; read: (dataSource: DataSource, values: unknown[]) => Promise<Row[]> }
    | undefined;
  const prepare = () => {
    const metadata = dataSource.getMetadata(Response);
    const columns = SUBMIT_DRAFT_COLUMNS.map((property) => metadata.findColumnWithPropertyName(property)!);
    const sql = `
      SELECT ${columns.map((column, index) => `r."${column.databaseName}" AS c${index}`).join(", ")},
             r.xmin::text AS xmin
        FROM responses r JOIN invitations i ON i.id = r.invitation_id
       WHERE i.token = $1 AND i.consented_at IS NOT NULL AND i.status <> 'screened_out' AND ${answerableSql("i")}
         AND r.status = 'draft'`;
    return { columns, read: preparedStatement<Row>("submit-draft", sql) };
  };
  return async (token) => {
    prepared ??= prepare();
    const [row] = await prepared.read(dataSource, [token]);
    if (!row) return null;
    const draft = new Response();
    prepared.columns.forEach((column, index) =>
      column.setEntityValue(draft, dataSource.driver.prepareHydratedValue(row[`c${index}`], column)),
    );
    return { draft, xmin: row.xmin };
  };
}

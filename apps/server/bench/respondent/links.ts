import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";

const token = () => randomBytes(32).toString("base64url");

/** Columns a copy may write (not generated ones), in table order. */
async function writableColumns(db: DataSource, table: string): Promise<string[]> {
  const rows = (await db.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_name = $1 AND is_generated = 'NEVER' AND identity_generation IS NULL ORDER BY ordinal_position`,
    [table],
  )) as { column_name: string }[];
  return rows.map((r) => r.column_name);
}

/**
 * `count` copies of one invitation with everything it has (its company and its response, if any), each with its own
 * link: the state a respondent reached, multiplied, much faster than driving each one there over the API.
 */
export async function copyInvitation(db: DataSource, invitationId: string, count: number): Promise<string[]> {
  const tokens = Array.from({ length: count }, token);
  await db.transaction(async (manager) => {
    await manager.query(`
      CREATE TEMP TABLE copies (
        k int, token text, opt_out_token text,
        company_id uuid DEFAULT gen_random_uuid(), invitation_id uuid DEFAULT gen_random_uuid(),
        response_id uuid DEFAULT gen_random_uuid()
      ) ON COMMIT DROP`);
    await manager.query(
      `INSERT INTO copies (k, token, opt_out_token) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`,
      [tokens.map((_, k) => k), tokens, tokens.map(token)],
    );
    const copy = async (table: string, where: string, overrides: Record<string, string>) => {
      const columns = await writableColumns(db, table);
      const values = columns.map((c) => overrides[c] ?? `t."${c}"`);
      await manager.query(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")})
         SELECT ${values.join(", ")} FROM "${table}" t CROSS JOIN copies x WHERE ${where}`,
        [invitationId],
      );
    };
    await copy("companies", `t.id = (SELECT company_id FROM invitations WHERE id = $1)`, {
      id: "x.company_id",
      name: `t.name || ' ' || x.k`,
      registration_code: "NULL",
    });
    await copy("invitations", `t.id = $1`, {
      id: "x.invitation_id",
      company_id: "x.company_id",
      token: "x.token",
      opt_out_token: "x.opt_out_token",
    });
    await copy("responses", `t.invitation_id = $1`, {
      id: "x.response_id",
      invitation_id: "x.invitation_id",
      company_id: "x.company_id",
    });
  });
  return tokens;
}

import type { ClientBase } from "pg";
import { PGBOSS_SCHEMA } from "../../modules/mail/mail-queue";
import { MIGRATIONS_TABLE, type BackupSequence } from "./backup-format";

/** Our tables live in `public`; pg-boss's queue schema is left out of backups (see README, Backups). */
const SCHEMA = "public";

export interface CatalogTable {
  name: string;
  columns: string[];
}

/**
 * The application's tables with their stored columns, every table after the tables its foreign keys refer to, so
 * that a restore can load them in this order with every constraint checked.
 */
export async function tablesInDependencyOrder(client: ClientBase): Promise<CatalogTable[]> {
  const { rows: tables } = await client.query<CatalogTable>(
    `SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $2
      GROUP BY c.relname
      ORDER BY c.relname`,
    [SCHEMA, MIGRATIONS_TABLE],
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname::text AS child, parent.relname::text AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1 AND child.oid <> parent.oid`,
    [SCHEMA],
  );
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of references) parents.get(child)?.add(parent);

  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) => !placed.has(t.name) && [...parents.get(t.name)!].every((p) => placed.has(p)),
    );
    if (!ready.length) {
      const left = tables.filter((t) => !placed.has(t.name)).map((t) => t.name);
      throw new Error(`foreign keys form a cycle among ${left.join(", ")}: no load order exists`);
    }
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
  }
  return ordered;
}

export async function sequences(client: ClientBase): Promise<BackupSequence[]> {
  const { rows } = await client.query<BackupSequence>(
    `SELECT sequencename::text AS name, last_value::text AS "lastValue"
       FROM pg_sequences WHERE schemaname = $1 ORDER BY sequencename`,
    [SCHEMA],
  );
  return rows;
}

/** Relations in our schema and pg-boss's, our tables first: none means the database is empty, as a restore needs it. */
export async function existingRelations(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT n.nspname || '.' || c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname IN ($1, $2) AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      ORDER BY n.nspname <> $1, c.relkind NOT IN ('r', 'p'), 1`,
    [SCHEMA, PGBOSS_SCHEMA],
  );
  return rows.map((r) => r.name);
}

import { createHash } from "node:crypto";
import type { ClientBase } from "pg";
import QueryStream from "pg-query-stream";

/**
 * The canonical content of an entry, as the database's audit_event_content() builds it (migration AuditTrail):
 * the fields below, in this order, each written "-" when null or "<UTF-8 byte length>:<text>", joined with "|".
 * The time is microseconds since 1970 (UTC); details are PostgreSQL's text form of the jsonb value.
 * hash = sha256(previous entry's hash || content), the first entry's previous hash being empty.
 */
const CONTENT_SELECT = `chain_seq::text AS seq, id::text AS id,
  (extract(epoch FROM created_at) * 1000000)::bigint::text AS at_us, actor_id::text AS actor_id, actor_ip, action,
  subject_type, subject_id, details::text AS details, hash`;

interface ChainRow {
  seq: string;
  id: string;
  at_us: string;
  actor_id: string | null;
  actor_ip: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: string;
  hash: Buffer;
}

const field = (value: string | null) =>
  value === null ? "-" : `${Buffer.byteLength(value, "utf8")}:${value}`;

function content(row: ChainRow): string {
  return [
    row.seq,
    row.at_us,
    row.actor_id,
    row.actor_ip,
    row.action,
    row.subject_type,
    row.subject_id,
    row.details,
  ]
    .map(field)
    .join("|");
}

export type ChainCheck =
  { ok: true; count: number } | { ok: false; count: number; seq: string; id: string | null; problem: string };

/**
 * Recomputes the whole chain in this process, from a cursor (memory stays flat). Finds an entry changed, inserted
 * out of band or removed from the middle; the newest entries removed together with nothing after them leave a valid
 * shorter chain, which is why the count is printed and worth keeping.
 */
export async function verifyAuditChain(client: ClientBase): Promise<ChainCheck> {
  const rows = client.query(
    new QueryStream(`SELECT ${CONTENT_SELECT} FROM audit_events ORDER BY chain_seq`, [], { batchSize: 1000 }),
  );
  let previous = Buffer.alloc(0);
  let count = 0;
  for await (const row of rows as AsyncIterable<ChainRow>) {
    const expectedSeq = String(count + 1);
    if (row.seq !== expectedSeq) {
      rows.destroy();
      return { ok: false, count, seq: expectedSeq, id: null, problem: `entry ${expectedSeq} is missing` };
    }
    const hash = createHash("sha256").update(previous).update(content(row), "utf8").digest();
    if (!hash.equals(row.hash)) {
      rows.destroy();
      return { ok: false, count, seq: row.seq, id: row.id, problem: "its content or hash was changed" };
    }
    previous = hash;
    count += 1;
  }
  return { ok: true, count };
}

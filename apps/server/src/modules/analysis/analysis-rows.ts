import { emptyColumns, GROUPING_LEVELS, GROUPINGS, selectColumns, type ResponseColumns } from "@smi/analysis";
import { CONSISTENCY_RULE_IDS, ITEM_IDS, PERFORMANCE_INDICATOR_IDS } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import { readBinaryCopy, type BinaryRow } from "../../db/binary-copy-reader";
import { copyOut } from "../../db/copy-out";
import { UUID_PATTERN } from "../../common/ids";
import { orderByIds } from "./id-order";
import { responseFilterSql, type ResponseFilter } from "./response-filter";

export const ID_BYTES = 16;

/** Submitted responses as analyses read them: the engine's columns, plus what filters and the data hash need. */
export interface AnalysisRows {
  readonly columns: ResponseColumns;
  /** n × 16 bytes: the responses' stable ids (STABLE_ID), ascending (PostgreSQL's uuid order). */
  readonly ids: Uint8Array;
  /** Milliseconds since 1970. */
  readonly submittedAt: Float64Array;
  /** Bit j set: the response breaks CONSISTENCY_RULE_IDS[j]. */
  readonly consistencyFlags: Uint32Array;
  /** 1 where a researcher excluded the response from analyses. */
  readonly excluded: Uint8Array;
}

const ITEMS = ITEM_IDS.length;
const INDICATORS = PERFORMANCE_INDICATOR_IDS.length;
/** PostgreSQL's timestamps count microseconds from 2000-01-01. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);

/**
 * Each level as its position in the engine's list plus one, 0 for NULL and -1 for a value outside the list (the
 * reader refuses it: a silently dropped value would shift every figure).
 */
const levelCode = (column: string, levels: string) =>
  `coalesce(array_position(${levels}::text[], r.${column}), CASE WHEN r.${column} IS NULL THEN 0 ELSE -1 END)::int2`;

/**
 * A response's id as it travels: its own id, or for an imported one the id it came with (a UUID as it is, any other
 * text through MD5 into 16 bytes; stable-id.ts applies the same rule to a file). The same data exported and imported
 * into another installation, or analysed from its file (`pnpm analyze`), then sorts and hashes the same.
 */
const STABLE_ID = `CASE WHEN r.external_id IS NULL THEN r.id
  WHEN r.external_id ~* '${UUID_PATTERN}' THEN r.external_id::uuid
  ELSE md5(r.external_id)::uuid END`;

function selectStatement(filter: ResponseFilter, params: unknown[]): string {
  const list = (values: readonly string[]) => `$${params.push([...values])}`;
  const groupColumns = {
    category: "category",
    configuration: "configuration",
    county: "county",
    sizeClass: "size_class",
  };
  const flags = CONSISTENCY_RULE_IDS.map(
    (rule, bit) => `((r.consistency_flags @> ARRAY[${list([rule])}]::text[])::int << ${bit})`,
  ).join(" | ");
  const codes = GROUPINGS.map((g) => levelCode(groupColumns[g], list(GROUPING_LEVELS[g])));
  return `SELECT ${STABLE_ID}, r.answer_digits, r.total_score::int4, ${codes.join(", ")}, r.performance_bytes, r.submitted_at, (${flags}),
                   (r.excluded_at IS NOT NULL)::int::int2
            FROM responses r WHERE ${responseFilterSql(filter, params)}`;
}
const FIELDS = 4 + GROUPINGS.length + 3;

function emptyRows(n: number): AnalysisRows {
  return {
    columns: emptyColumns(n),
    ids: new Uint8Array(n * ID_BYTES),
    submittedAt: new Float64Array(n),
    consistencyFlags: new Uint32Array(n),
    excluded: new Uint8Array(n),
  };
}

/**
 * Decodes each COPY row into its position; refuses anything the engine could not take as it is. The columns are
 * looked up once, outside the per-row work, which runs a million times.
 */
function rowDecoder(rows: AnalysisRows): (row: BinaryRow, i: number) => void {
  const { items, totals } = rows.columns;
  const groups = GROUPINGS.map((g) => rows.columns.groups[g]);
  const indicators = PERFORMANCE_INDICATOR_IDS.map((id) => rows.columns.performance[id]);
  const { ids, submittedAt, consistencyFlags, excluded } = rows;
  const GROUPS_AT = 3;
  const INDICATORS_AT = GROUPS_AT + groups.length;
  return ({ buffer, offsets, lengths }, i) => {
    const id = offsets[0]!;
    for (let b = 0; b < ID_BYTES; b++) ids[i * ID_BYTES + b] = buffer[id + b]!;
    if (lengths[1] !== ITEMS) throw new RangeError(`Response ${i} does not have its ${ITEMS} answers.`);
    const digits = offsets[1]!;
    for (let j = 0; j < ITEMS; j++) {
      const answer = buffer[digits + j]! - 48;
      if (!(answer >= 1 && answer <= 5)) throw new RangeError(`Response ${i}, item ${j + 1} is not 1 to 5.`);
      items[i * ITEMS + j] = answer;
    }
    totals[i] = buffer.readInt32BE(offsets[2]!);
    for (let g = 0; g < groups.length; g++) {
      const code = buffer.readInt16BE(offsets[GROUPS_AT + g]!);
      if (code < 0) throw new RangeError(`Response ${i} has an unknown ${GROUPINGS[g]}.`);
      groups[g]![i] = code;
    }
    // Big-endian doubles, NaN where missing (see the AnalysisColumns migration).
    if (lengths[INDICATORS_AT] !== 8 * INDICATORS)
      throw new RangeError(`Response ${i} does not have its ${INDICATORS} indicators.`);
    const values = offsets[INDICATORS_AT]!;
    for (let k = 0; k < INDICATORS; k++) indicators[k]![i] = buffer.readDoubleBE(values + 8 * k);
    const time = offsets[INDICATORS_AT + 1]!;
    const micros = buffer.readInt32BE(time) * 2 ** 32 + buffer.readUInt32BE(time + 4);
    submittedAt[i] = POSTGRES_EPOCH_MS + micros / 1000;
    consistencyFlags[i] = buffer.readInt32BE(offsets[INDICATORS_AT + 2]!);
    excluded[i] = buffer.readInt16BE(offsets[INDICATORS_AT + 3]!);
  };
}

export async function countMatching(manager: EntityManager, filter: ResponseFilter): Promise<number> {
  const params: unknown[] = [];
  const [{ n }] = (await manager.query(
    `SELECT count(*)::int AS n FROM responses r WHERE ${responseFilterSql(filter, params)}`,
    params,
  )) as [{ n: number }];
  return n;
}

/**
 * The submitted responses matching a filter, read with one binary COPY and put in stable-id order, so that every figure,
 * sample and the data hash are the same however PostgreSQL happened to store the rows. `manager` is in a
 * REPEATABLE READ transaction, where `n` (from countMatching) was counted: the rows are allocated once, exactly.
 */
export async function loadAnalysisRows(
  manager: EntityManager,
  filter: ResponseFilter,
  n?: number,
): Promise<AnalysisRows> {
  n ??= await countMatching(manager, filter);
  const rows = emptyRows(n);
  const params: unknown[] = [];
  const select = selectStatement(filter, params);
  const stream = await copyOut(manager.queryRunner!, select, params, "FORMAT binary");
  const decode = rowDecoder(rows);
  const read = await readBinaryCopy(stream, FIELDS, (row, i) => {
    if (i >= n) throw new Error("more responses arrived than were counted in the same snapshot");
    decode(row, i);
  });
  if (read !== n) throw new Error(`${read} responses arrived where ${n} were counted in the same snapshot`);
  putInIdOrder(rows);
  return rows;
}

/**
 * Sorts the rows by id in place, column by column, following the permutation's cycles: no column is ever held twice,
 * so a million rows take their own memory and a bitmap.
 */
function putInIdOrder(rows: AnalysisRows): void {
  const n = rows.columns.n;
  const order = orderByIds(rows.ids, n);
  const done = new Uint8Array(n);
  const permute = <T extends Uint8Array | Float64Array | Uint32Array>(values: T, width = 1) => {
    done.fill(0);
    if (width === 1) {
      for (let start = 0; start < n; start++) {
        if (done[start] || order[start] === start) continue;
        const first = values[start]!;
        let i = start;
        while (order[i] !== start) {
          values[i] = values[order[i]!]!;
          done[i] = 1;
          i = order[i]!;
        }
        values[i] = first;
        done[i] = 1;
      }
      return;
    }
    const held = values.slice(0, width) as T;
    for (let start = 0; start < n; start++) {
      if (done[start] || order[start] === start) continue;
      // Position i takes the row at order[i]: walk the cycle from `start`, holding its first row aside.
      held.set(values.subarray(start * width, start * width + width));
      let i = start;
      while (order[i] !== start) {
        const from = order[i]!;
        for (let w = 0; w < width; w++) values[i * width + w] = values[from * width + w]!;
        done[i] = 1;
        i = from;
      }
      values.set(held, i * width);
      done[i] = 1;
    }
  };
  permute(rows.ids, ID_BYTES);
  permute(rows.columns.items, ITEMS);
  permute(rows.columns.totals);
  for (const g of GROUPINGS) permute(rows.columns.groups[g]);
  for (const id of PERFORMANCE_INDICATOR_IDS) permute(rows.columns.performance[id]);
  permute(rows.submittedAt);
  permute(rows.consistencyFlags);
  permute(rows.excluded);
}

/** The rows at `positions`, in that order. */
export function selectRows(rows: AnalysisRows, positions: Uint32Array): AnalysisRows {
  const ids = new Uint8Array(positions.length * ID_BYTES);
  const submittedAt = new Float64Array(positions.length);
  const consistencyFlags = new Uint32Array(positions.length);
  const excluded = new Uint8Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const from = positions[i]!;
    ids.set(rows.ids.subarray(from * ID_BYTES, from * ID_BYTES + ID_BYTES), i * ID_BYTES);
    submittedAt[i] = rows.submittedAt[from]!;
    consistencyFlags[i] = rows.consistencyFlags[from]!;
    excluded[i] = rows.excluded[from]!;
  }
  return { columns: selectColumns(rows.columns, positions), ids, submittedAt, consistencyFlags, excluded };
}

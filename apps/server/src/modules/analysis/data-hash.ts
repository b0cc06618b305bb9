import { createHash } from "node:crypto";
import { ITEM_IDS, PERFORMANCE_INDICATOR_IDS } from "@smi/questionnaire";
import { ID_BYTES, type AnalysisRows } from "./analysis-rows";

const ITEMS = ITEM_IDS.length;
/** id, 20 answers, the total (2 bytes), county, size class and configuration codes, 7 indicators as doubles. */
const ROW_BYTES = ID_BYTES + ITEMS + 2 + 3 + 8 * PERFORMANCE_INDICATOR_IDS.length;
const BATCH = 4096;

/**
 * SHA-256 of the rows an analysis used, in their stable-id order: for each, its stable id's 16 bytes (the id it was
 * exported under, see analysis-rows.ts), the 20 answers, the total score, the codes of its county, size class and
 * configuration (0 = missing) and the 7 indicators as little-endian doubles (NaN = missing). Equal hashes mean the
 * same responses with the same values, in this installation or in another that imported them; any change to one
 * changes it.
 */
export function dataHash({ columns, ids }: Pick<AnalysisRows, "columns" | "ids">): string {
  const hash = createHash("sha256");
  const batch = Buffer.alloc(BATCH * ROW_BYTES);
  for (let start = 0; start < columns.n; start += BATCH) {
    const end = Math.min(columns.n, start + BATCH);
    let at = 0;
    for (let i = start; i < end; i++) {
      batch.set(ids.subarray(i * ID_BYTES, (i + 1) * ID_BYTES), at);
      batch.set(columns.items.subarray(i * ITEMS, (i + 1) * ITEMS), at + ID_BYTES);
      at += ID_BYTES + ITEMS;
      at = batch.writeUInt16LE(columns.totals[i]!, at);
      batch[at++] = columns.groups.county[i]!;
      batch[at++] = columns.groups.sizeClass[i]!;
      batch[at++] = columns.groups.configuration[i]!;
      for (const id of PERFORMANCE_INDICATOR_IDS) at = batch.writeDoubleLE(columns.performance[id][i]!, at);
    }
    hash.update(batch.subarray(0, at));
  }
  return hash.digest("hex");
}

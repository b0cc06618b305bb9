import { createHash } from "node:crypto";
import { ID_BYTES } from "./analysis-rows";
import { isUuid } from "../../common/ids";

/**
 * A response's stable id as 16 bytes, from the response_id it is exported under: a UUID as it is, any other text
 * through MD5. The same rule as STABLE_ID in analysis-rows.ts, for rows read from a file instead of the database.
 */
export function stableIdBytes(responseId: string): Uint8Array {
  const bytes = isUuid(responseId)
    ? Buffer.from(responseId.replace(/-/g, ""), "hex")
    : createHash("md5").update(responseId, "utf8").digest();
  if (bytes.length !== ID_BYTES)
    throw new RangeError(`A stable id has ${ID_BYTES} bytes, not ${bytes.length}.`);
  return bytes;
}

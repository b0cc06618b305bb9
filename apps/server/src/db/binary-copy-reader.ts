const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");

/** Where each field of the current row starts in `buffer`, and its length (-1 for NULL). */
export interface BinaryRow {
  buffer: Buffer<ArrayBufferLike>;
  offsets: Int32Array;
  lengths: Int32Array;
}

/**
 * Reads PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format")
 * row by row, handing each to `onRow` without copying it: decoding a number from its bytes is far cheaper for both
 * sides than printing and parsing text. Returns the number of rows.
 */
export async function readBinaryCopy(
  stream: AsyncIterable<Buffer>,
  fields: number,
  onRow: (row: BinaryRow, index: number) => void,
): Promise<number> {
  const row: BinaryRow = {
    buffer: Buffer.alloc(0),
    offsets: new Int32Array(fields),
    lengths: new Int32Array(fields),
  };
  let pending: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  let headerRead = false;
  let ended = false;
  let rows = 0;
  for await (const chunk of stream) {
    const buffer: Buffer<ArrayBufferLike> = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let at = 0;
    if (!headerRead) {
      if (buffer.length < SIGNATURE.length + 8) {
        pending = buffer;
        continue;
      }
      if (!buffer.subarray(0, SIGNATURE.length).equals(SIGNATURE))
        throw new Error("not a binary COPY stream");
      at = SIGNATURE.length + 8 + buffer.readInt32BE(SIGNATURE.length + 4);
      headerRead = true;
    }
    row.buffer = buffer;
    while (!ended && at + 2 <= buffer.length) {
      const count = buffer.readInt16BE(at);
      if (count === -1) {
        ended = true;
        break;
      }
      if (count !== fields) throw new Error(`a COPY row has ${count} fields; expected ${fields}`);
      let cursor = at + 2;
      let complete = true;
      for (let f = 0; f < fields; f++) {
        if (cursor + 4 > buffer.length) {
          complete = false;
          break;
        }
        const length = buffer.readInt32BE(cursor);
        cursor += 4;
        row.offsets[f] = cursor;
        row.lengths[f] = length;
        if (length > 0) cursor += length;
        if (cursor > buffer.length) {
          complete = false;
          break;
        }
      }
      if (!complete) break;
      onRow(row, rows++);
      at = cursor;
    }
    pending = buffer.subarray(at);
  }
  if (!ended) throw new Error("the COPY stream ended before its trailer");
  return rows;
}

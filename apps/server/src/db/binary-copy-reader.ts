const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const HEADER_BYTES = SIGNATURE.length + 8;

/** Where each field of the current row starts in `buffer`, and its length (-1 for NULL). */
export interface BinaryRow {
  buffer: Buffer<ArrayBufferLike>;
  offsets: Int32Array;
  lengths: Int32Array;
}

/**
 * Reads PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format")
 * row by row, handing each to `onRow` without copying it: decoding a number from its bytes is far cheaper for both
 * sides than printing and parsing text. Only a row cut by a chunk's end is copied (with the next chunk's first bytes),
 * so a million rows pass through without a second copy of the stream. Returns the number of rows.
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

  /** The end of the row starting at `at`, or -1 when `buffer` does not hold all of it; -2 at the trailer. */
  const rowEnd = (buffer: Buffer<ArrayBufferLike>, at: number): number => {
    if (at + 2 > buffer.length) return -1;
    const count = buffer.readInt16BE(at);
    if (count === -1) return -2;
    if (count !== fields) throw new Error(`a COPY row has ${count} fields; expected ${fields}`);
    let cursor = at + 2;
    for (let f = 0; f < fields; f++) {
      if (cursor + 4 > buffer.length) return -1;
      const length = buffer.readInt32BE(cursor);
      cursor += 4;
      row.offsets[f] = cursor;
      row.lengths[f] = length;
      if (length > 0) cursor += length;
      if (cursor > buffer.length) return -1;
    }
    return cursor;
  };
  /** Hands over every whole row of `buffer` from `at`; returns where the first incomplete one starts. */
  const readRows = (buffer: Buffer<ArrayBufferLike>, at: number): number => {
    row.buffer = buffer;
    while (!ended) {
      const end = rowEnd(buffer, at);
      if (end === -2) ended = true;
      if (end < 0) break;
      onRow(row, rows++);
      at = end;
    }
    return at;
  };

  for await (const chunk of stream) {
    if (ended) continue;
    let buffer: Buffer<ArrayBufferLike> = chunk;
    let at = 0;
    if (!headerRead) {
      buffer = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      pending = Buffer.alloc(0);
      const start =
        buffer.length >= HEADER_BYTES ? HEADER_BYTES + buffer.readInt32BE(SIGNATURE.length + 4) : -1;
      if (start < 0 || buffer.length < start) {
        pending = buffer;
        continue;
      }
      if (!buffer.subarray(0, SIGNATURE.length).equals(SIGNATURE))
        throw new Error("not a binary COPY stream");
      headerRead = true;
      at = start;
    } else if (pending.length) {
      // The row the last chunk cut, completed from this one's first bytes (a row is far shorter than a chunk).
      let piece = pending;
      let end = -1;
      for (let taken = 256; end === -1; taken *= 2) {
        piece = Buffer.concat([pending, chunk.subarray(0, taken)]);
        end = rowEnd(piece, 0);
        if (taken >= chunk.length) break;
      }
      if (end === -1) {
        pending = piece;
        continue;
      }
      if (end === -2) {
        ended = true;
        continue;
      }
      row.buffer = piece;
      onRow(row, rows++);
      at = end - pending.length;
      pending = Buffer.alloc(0);
    }
    const next = readRows(buffer, at);
    // A copy of the cut row's bytes, so that the chunk itself can be freed.
    if (!ended) pending = Buffer.from(buffer.subarray(next));
  }
  if (!ended) throw new Error("the COPY stream ended before its trailer");
  return rows;
}

import { readBinaryCopy } from "../../src/db/binary-copy-reader";
import { copyOut } from "../../src/db/copy-out";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** The whole binary COPY of `select`, as PostgreSQL sent it. */
async function copyBytes(select: string): Promise<Buffer> {
  const runner = t.dataSource.createQueryRunner();
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await copyOut(runner, select, [], "FORMAT binary"))
      chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } finally {
    await runner.release();
  }
}

/** The rows read from `bytes` cut into chunks of the given sizes (repeated), each row as [int, text or null]. */
async function readInChunks(bytes: Buffer, sizes: number[]): Promise<[number, string | null][]> {
  async function* chunks() {
    for (let at = 0, k = 0; at < bytes.length; k++) {
      const size = sizes[k % sizes.length]!;
      yield bytes.subarray(at, at + size);
      at += size;
    }
  }
  const rows: [number, string | null][] = [];
  await readBinaryCopy(chunks(), 2, ({ buffer, offsets, lengths }) => {
    const text = lengths[1]! < 0 ? null : buffer.toString("utf8", offsets[1]!, offsets[1]! + lengths[1]!);
    rows.push([buffer.readInt32BE(offsets[0]!), text]);
  });
  return rows;
}

describe("the binary COPY reader", () => {
  const SELECT = `SELECT n, CASE WHEN n % 7 = 0 THEN NULL ELSE repeat('ș', n % 300) END FROM generate_series(1, 3000) AS n`;
  const expected = Array.from({ length: 3000 }, (_, i): [number, string | null] => {
    const n = i + 1;
    return [n, n % 7 === 0 ? null : "ș".repeat(n % 300)];
  });

  it("reads every row, however the stream is cut (header, rows and trailer split anywhere)", async () => {
    const bytes = await copyBytes(SELECT);
    for (const sizes of [[bytes.length], [65536], [1], [7, 3, 1000, 2], [5000, 13]])
      expect(await readInChunks(bytes, sizes)).toEqual(expected);
  });

  it("refuses a stream cut before its trailer", async () => {
    const bytes = await copyBytes(SELECT);
    await expect(readInChunks(bytes.subarray(0, bytes.length - 1), [4096])).rejects.toThrow(
      /before its trailer/,
    );
  });
});

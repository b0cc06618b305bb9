import { randomBytes } from "node:crypto";
import { orderByIds } from "./id-order";

const hex = (ids: Uint8Array, i: number) => Buffer.from(ids.subarray(i * 16, i * 16 + 16)).toString("hex");

describe("orderByIds", () => {
  it("orders ids as their bytes compare, ids sharing their first bytes included", () => {
    const n = 5000;
    const ids = new Uint8Array(randomBytes(n * 16));
    // Every fifth id shares its first six bytes with the one before it.
    for (let i = 1; i < n; i += 5) ids.copyWithin(i * 16, (i - 1) * 16, (i - 1) * 16 + 6);
    const order = Array.from(orderByIds(ids, n));
    const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      hex(ids, a) < hex(ids, b) ? -1 : hex(ids, a) > hex(ids, b) ? 1 : 0,
    );
    expect(order).toEqual(expected);
  });
});

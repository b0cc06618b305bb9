import { nextTableSort, readTableSort, writeTableSort } from "./table-sort";

const KEYS = ["name", "county"] as const;
const DEFAULT = { key: "name", direction: "asc" } as const;

describe("table sort", () => {
  it("turns the sorted column around and sorts another one ascending", () => {
    expect(nextTableSort(DEFAULT, "name")).toEqual({ key: "name", direction: "desc" });
    expect(nextTableSort({ key: "name", direction: "desc" }, "county")).toEqual({
      key: "county",
      direction: "asc",
    });
  });

  it("keeps only a sort other than the default in the address, and ignores unknown columns", () => {
    const params = new URLSearchParams();
    writeTableSort(params, DEFAULT, DEFAULT);
    expect(params.toString()).toBe("");
    writeTableSort(params, { key: "county", direction: "desc" }, DEFAULT);
    expect(readTableSort(params, KEYS, DEFAULT)).toEqual({ key: "county", direction: "desc" });
    expect(readTableSort(new URLSearchParams("sort=turnover&dir=desc"), KEYS, DEFAULT)).toEqual(DEFAULT);
  });
});

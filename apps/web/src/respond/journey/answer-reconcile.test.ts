import { reconcile } from "./answer-reconcile";

describe("reconcile", () => {
  const server = new Map([
    ["q01", 4],
    ["q02", 2],
    ["q03", 5],
  ]);

  it("sends answers whose statement the server still answers as when they were given", () => {
    const result = reconcile({ q01: { value: 1, base: 4 }, q09: { value: 3, base: null } }, server);
    expect([...result.toSend.keys()]).toEqual(["q01", "q09"]);
    expect(result.keptFromServer).toEqual([]);
  });

  it("forgets answers the server already has", () => {
    expect(reconcile({ q02: { value: 2, base: null } }, server)).toEqual({
      toSend: new Map(),
      keptFromServer: [],
    });
  });

  it("keeps the server's answer to a statement answered differently elsewhere meanwhile, and names it", () => {
    const result = reconcile(
      { q03: { value: 1, base: 3 }, q04: { value: 2, base: 5 }, q05: { value: 2, base: null } },
      server,
    );
    // q03 changed from 3 to 5 elsewhere; q04 was cleared (never happens today) and q05 was never on the server.
    expect(result.keptFromServer).toEqual(["q03", "q04"]);
    expect([...result.toSend.keys()]).toEqual(["q05"]);
  });
});

import { parseStepPath, stepAddress, stepPath } from "./step-path";
import type { Step } from "./steps";

describe("step addresses", () => {
  const steps: Step[] = [
    { kind: "welcome" },
    { kind: "consent" },
    { kind: "profile" },
    { kind: "screened-out" },
    { kind: "statement", index: 0 },
    { kind: "statement", index: 19 },
    { kind: "performance" },
    { kind: "configuration" },
    { kind: "review" },
    { kind: "result" },
  ];

  it("gives each screen an address that reads back as the same screen", () => {
    for (const step of steps) expect(parseStepPath(stepPath(step), 20)).toEqual(step);
    expect(stepPath({ kind: "statement", index: 3 })).toBe("statements/4");
    expect(stepPath({ kind: "performance" })).toBe("indicators");
  });

  it("names no screen for the bare link, unknown paths and statements that do not exist", () => {
    for (const path of [
      "",
      "statements",
      "statements/0",
      "statements/21",
      "statements/04",
      "statements/4/x",
      "admin",
    ]) {
      expect(parseStepPath(path, 20)).toBeNull();
    }
    expect(parseStepPath("toString", 20)).toBeNull();
  });

  it("keeps the token as the link has it, escaping what an address cannot hold", () => {
    expect(stepAddress("Ab3_x-9", { kind: "statement", index: 3 })).toBe("/r/Ab3_x-9/statements/4");
    expect(stepAddress("a/b", { kind: "review" })).toBe("/r/a%2Fb/review");
  });
});

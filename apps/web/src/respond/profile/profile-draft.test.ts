import { readDraft, type ProfileDraft } from "./profile-draft";

const typed: ProfileDraft = {
  county: "BH",
  countyOther: "",
  employees: "42",
  turnoverEur: "3.000.000",
  balanceSheetEur: "",
  hasMarketingDept: true,
};

describe("readDraft (profile)", () => {
  it("turns the form into the API's input, an empty money field being unknown", () => {
    expect(readDraft(typed, "ro")).toEqual({
      ok: true,
      input: {
        county: "BH",
        employees: 42,
        turnoverEur: 3_000_000,
        balanceSheetEur: null,
        hasMarketingDept: true,
      },
    });
  });

  it("reports every problem of the form at once, with the server's codes", () => {
    const result = readDraft(
      {
        county: "other",
        countyOther: " ",
        employees: "2000000",
        turnoverEur: "-5",
        balanceSheetEur: "mult",
        hasMarketingDept: null,
      },
      "ro",
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => [i.field, i.code])).toEqual([
        ["county", "REQUIRED"],
        ["employees", "OUT_OF_RANGE"],
        ["turnoverEur", "OUT_OF_RANGE"],
        ["balanceSheetEur", "NOT_A_NUMBER"],
        ["hasMarketingDept", "REQUIRED"],
      ]);
  });

  it("reports an empty or fractional headcount", () => {
    const codes = (employees: string) => {
      const result = readDraft({ ...typed, employees }, "ro");
      return result.ok ? [] : result.issues.map((i) => i.code);
    };
    expect(codes("")).toEqual(["REQUIRED"]);
    expect(codes("4,5")).toEqual(["NOT_AN_INTEGER"]);
    expect(codes("forty")).toEqual(["NOT_A_NUMBER"]);
  });
});

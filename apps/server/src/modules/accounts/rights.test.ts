import { hasRight, rightsOf } from "./rights";

describe("rights", () => {
  it("gives viewers aggregates and the frame only: no contact data, answers, exports or fieldwork", () => {
    expect(rightsOf({ role: "viewer", grants: [] })).toEqual(["READ_AGGREGATES", "READ_FRAME"]);
  });

  it("gives researchers personal data and fieldwork, and administrators accounts and pseudonymising too", () => {
    const researcher = { role: "researcher" as const, grants: [] };
    expect(hasRight(researcher, "READ_CONTACTS")).toBe(true);
    expect(hasRight(researcher, "RUN_FIELDWORK")).toBe(true);
    expect(hasRight(researcher, "MANAGE_ACCOUNTS")).toBe(false);
    expect(hasRight({ role: "administrator", grants: [] }, "MANAGE_ACCOUNTS")).toBe(true);
    expect(hasRight({ role: "administrator", grants: [] }, "PSEUDONYMISE_CONTACTS")).toBe(true);
  });

  it("adds grantable rights to a viewer and ignores any other grant stored for it", () => {
    const granted = { role: "viewer" as const, grants: ["READ_ANSWERS", "RUN_FIELDWORK", "MANAGE_ACCOUNTS"] };
    expect(hasRight(granted, "READ_ANSWERS")).toBe(true);
    expect(hasRight(granted, "RUN_FIELDWORK")).toBe(false);
    expect(hasRight(granted, "MANAGE_ACCOUNTS")).toBe(false);
  });
});

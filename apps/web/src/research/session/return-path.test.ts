import { safeReturnPath, signInPathFor } from "./return-path";

describe("safeReturnPath", () => {
  it("returns to the requested workspace page with its query", () => {
    expect(safeReturnPath("/companies?county=BH")).toBe("/companies?county=BH");
  });

  it("never sends the person off the site", () => {
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath("//evil.example/x")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
  });

  it("does not loop back to the sign-in page", () => {
    expect(safeReturnPath("/sign-in?next=/x")).toBe("/");
  });
});

describe("signInPathFor", () => {
  it("remembers the page and why the person must sign in again", () => {
    expect(signInPathFor("/invitations?status=sent", "expired")).toBe(
      "/sign-in?next=%2Finvitations%3Fstatus%3Dsent&reason=expired",
    );
    expect(signInPathFor("/")).toBe("/sign-in");
  });
});

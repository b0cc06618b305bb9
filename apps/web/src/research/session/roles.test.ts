import { mayUse } from "./roles";

describe("mayUse", () => {
  it("lets each role use what it and the roles below it may", () => {
    expect(mayUse("administrator", "researcher")).toBe(true);
    expect(mayUse("researcher", "researcher")).toBe(true);
    expect(mayUse("researcher", "viewer")).toBe(true);
  });

  it("keeps viewers and researchers out of what needs more", () => {
    expect(mayUse("viewer", "researcher")).toBe(false);
    expect(mayUse("researcher", "administrator")).toBe(false);
  });

  it("gives an unknown role nothing", () => {
    expect(mayUse("guest", "viewer")).toBe(false);
  });
});

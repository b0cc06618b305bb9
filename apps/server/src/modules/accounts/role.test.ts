import { roleSatisfies } from "./role";

describe("roleSatisfies", () => {
  it("lets each role do what the roles below it may do, and no more", () => {
    expect(roleSatisfies("administrator", ["researcher"])).toBe(true);
    expect(roleSatisfies("researcher", ["viewer"])).toBe(true);
    expect(roleSatisfies("researcher", ["administrator"])).toBe(false);
    expect(roleSatisfies("viewer", ["researcher"])).toBe(false);
  });

  it("treats an empty requirement as 'any signed-in account'", () => {
    expect(roleSatisfies("viewer", [])).toBe(true);
  });
});

import { FormDrafts } from "./form-drafts";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const PROFILE = { county: "BH", employees: "42", hasMarketingDept: true as boolean | null };

describe("FormDrafts", () => {
  it("gives back what was typed for a step until the server has saved it", () => {
    const storage = memoryStorage();
    const drafts = new FormDrafts("token-a", storage);
    expect(drafts.write("profile", { ...PROFILE, employees: "55" })).toBe(true);
    expect(new FormDrafts("token-a", storage).read("profile", PROFILE)).toEqual({
      ...PROFILE,
      employees: "55",
    });
    drafts.clear("profile");
    expect(drafts.read("profile", PROFILE)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it("keeps each link's drafts apart and never stores the token", () => {
    const storage = memoryStorage();
    new FormDrafts("token-a", storage).write("profile", PROFILE);
    expect(new FormDrafts("token-b", storage).read("profile", PROFILE)).toBeNull();
    expect([...storage.items.keys()].join()).not.toContain("token-a");
  });

  it("ignores a stored draft that does not fit the form as it is now", () => {
    const storage = memoryStorage();
    const drafts = new FormDrafts("token-a", storage);
    drafts.write("profile", { county: "BH" });
    expect(drafts.read("profile", PROFILE)).toBeNull();
    storage.setItem([...storage.items.keys()][0]!, "{not json");
    expect(drafts.read("profile", PROFILE)).toBeNull();
    const indicators = { quota: { text: "", preferNot: false } };
    drafts.write("performance", { quota: "87" });
    expect(drafts.read("performance", indicators)).toBeNull();
  });

  it("says when the browser keeps nothing", () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(new FormDrafts("token-a", full).write("configuration", { configuration: "x" })).toBe(false);
    expect(new FormDrafts("token-a", null).write("configuration", { configuration: "x" })).toBe(false);
  });
});

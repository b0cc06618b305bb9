import { DeviceStore, deviceKey, type PendingAnswer } from "./device-store";

/** localStorage's behaviour for these three calls, including a quota that can run out. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException("quota exceeded", "QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const TOKEN = "k3J9x-Qw_1Zr8YpL0mNb2Vc4Xs6Dt7Fg9Hj1Kl3Mn5P";
const pending = (entries: [string, PendingAnswer][]) => new Map(entries);

describe("DeviceStore", () => {
  it("keeps a link's unconfirmed answers across instances (a reload) under a key that does not hold the token", () => {
    const storage = new MemoryStorage();
    expect(new DeviceStore(TOKEN, storage).writeAnswers(pending([["q03", { value: 4, base: null }]]))).toBe(
      true,
    );

    expect(new DeviceStore(TOKEN, storage).read().answers).toEqual({ q03: { value: 4, base: null } });
    const [key, stored] = [...storage.items][0]!;
    expect(key).toBe(deviceKey(TOKEN));
    expect(key + stored).not.toContain(TOKEN);
    expect(key + stored).not.toContain(TOKEN.slice(0, 12));
  });

  it("keeps two links of one browser apart", () => {
    const storage = new MemoryStorage();
    new DeviceStore(TOKEN, storage).writeAnswers(pending([["q01", { value: 1, base: null }]]));
    new DeviceStore(`${TOKEN.slice(0, -1)}Q`, storage).writeSubmit({ revision: "r1" });
    expect(new DeviceStore(TOKEN, storage).read()).toEqual({
      answers: { q01: { value: 1, base: null } },
      submit: null,
    });
    expect(storage.items.size).toBe(2);
  });

  it("removes the record once the server has everything", () => {
    const storage = new MemoryStorage();
    const store = new DeviceStore(TOKEN, storage);
    store.writeAnswers(pending([["q01", { value: 1, base: null }]]));
    store.writeSubmit({ revision: "abc" });
    store.writeAnswers(new Map());
    expect(store.read()).toEqual({ answers: {}, submit: { revision: "abc" } });
    store.writeSubmit(null);
    expect(storage.items.size).toBe(0);
  });

  it("says when it could not keep anything (storage full or blocked), so the page does not claim it did", () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(new DeviceStore(TOKEN, storage).writeAnswers(pending([["q01", { value: 1, base: null }]]))).toBe(
      false,
    );
    expect(new DeviceStore(TOKEN, null).writeSubmit({ revision: null })).toBe(false);
    expect(new DeviceStore(TOKEN, null).read()).toEqual({ answers: {}, submit: null });
  });

  it("drops what it cannot trust in a stored record instead of failing", () => {
    const storage = new MemoryStorage();
    storage.items.set(deviceKey(TOKEN), "{not json");
    expect(new DeviceStore(TOKEN, storage).read()).toEqual({ answers: {}, submit: null });
    storage.items.set(
      deviceKey(TOKEN),
      JSON.stringify({
        answers: { q01: { value: 2, base: 5 }, q02: { value: "x" }, q03: 4 },
        submit: { revision: 7 },
      }),
    );
    expect(new DeviceStore(TOKEN, storage).read()).toEqual({
      answers: { q01: { value: 2, base: 5 } },
      submit: null,
    });
  });
});

import { LOCALE_STORAGE_KEY, readLocalePreference, saveLocalePreference } from "./locale-preference";

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const blockedStorage: Pick<Storage, "getItem" | "setItem"> = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
};

describe("locale preference", () => {
  it("starts in Romanian for a first-time reader", () => {
    expect(readLocalePreference(memoryStorage())).toBe("ro");
    expect(readLocalePreference(undefined)).toBe("ro");
  });

  it("remembers the reader's choice", () => {
    const storage = memoryStorage();
    saveLocalePreference(storage, "en");
    expect(readLocalePreference(storage)).toBe("en");
  });

  it("ignores a stored value that is not a supported language", () => {
    const storage = memoryStorage();
    storage.setItem(LOCALE_STORAGE_KEY, "de");
    expect(readLocalePreference(storage)).toBe("ro");
  });

  it("keeps working when the browser refuses storage", () => {
    expect(() => saveLocalePreference(blockedStorage, "en")).not.toThrow();
    expect(readLocalePreference(blockedStorage)).toBe("ro");
  });
});

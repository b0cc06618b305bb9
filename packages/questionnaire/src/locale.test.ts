import { DEFAULT_LOCALE, LOCALES, isLocale } from "./locale";

describe("locales", () => {
  it("defaults to Romanian, the respondents' language", () => {
    expect(DEFAULT_LOCALE).toBe("ro");
    expect(LOCALES).toEqual(["ro", "en"]);
  });

  it("recognises only supported locale codes", () => {
    expect(isLocale("ro")).toBe(true);
    expect(isLocale("en")).toBe(true);
    for (const x of ["RO", "fr", "ro-RO", "", null, undefined, 0]) expect(isLocale(x)).toBe(false);
  });
});

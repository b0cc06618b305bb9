import { wrapWords } from "./wrap-words";

describe("wrapWords", () => {
  it("fills lines up to the limit and keeps long words whole", () => {
    expect(wrapWords("Integrarea marketingului cu vânzările", 14)).toEqual([
      "Integrarea",
      "marketingului",
      "cu vânzările",
    ]);
    expect(wrapWords("Bihor", 3)).toEqual(["Bihor"]);
    expect(wrapWords("", 10)).toEqual([]);
  });
});

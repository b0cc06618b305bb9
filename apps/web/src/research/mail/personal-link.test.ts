import { personalLinkIn } from "./personal-link";

describe("personalLinkIn", () => {
  it("finds the invitation link in the e-mail's text", () => {
    const body =
      "Bună ziua,\n\nLinkul dumneavoastră personal:\nhttps://survey.example.org/r/Ab3_x-9Q\n\nVă mulțumim";
    expect(personalLinkIn(body)).toBe("https://survey.example.org/r/Ab3_x-9Q");
  });

  it("finds nothing in a pseudonymised or blanked message", () => {
    expect(personalLinkIn("")).toBeNull();
    expect(personalLinkIn("See https://example.org/about")).toBeNull();
  });
});

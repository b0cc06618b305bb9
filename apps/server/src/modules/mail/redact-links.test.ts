import { HIDDEN_TOKEN, redactPersonalLinks } from "./redact-links";

const token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE";

describe("redactPersonalLinks", () => {
  it("hides the token of a respondent's link, keeping the rest of the text", () => {
    expect(redactPersonalLinks(`Răspundeți aici: https://survey.example.org/r/${token}\nMulțumim`)).toBe(
      `Răspundeți aici: https://survey.example.org/r/${HIDDEN_TOKEN}\nMulțumim`,
    );
  });

  it("leaves other addresses and longer runs alone, which are not survey tokens", () => {
    expect(redactPersonalLinks("https://x.org/research/companies")).toBe("https://x.org/research/companies");
    expect(redactPersonalLinks(`/r/${token}X`)).toBe(`/r/${token}X`);
  });
});

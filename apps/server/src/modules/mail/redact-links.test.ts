import { HIDDEN_TOKEN, redactPersonalLinks } from "./redact-links";

const token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE";

describe("redactPersonalLinks", () => {
  it("hides the token of a respondent's link and of a password link, keeping the rest of the text", () => {
    expect(redactPersonalLinks(`Răspundeți aici: https://survey.example.org/r/${token}\nMulțumim`)).toBe(
      `Răspundeți aici: https://survey.example.org/r/${HIDDEN_TOKEN}\nMulțumim`,
    );
    expect(redactPersonalLinks(`https://x.org/research/reset-password#token=${token}`)).toBe(
      `https://x.org/research/reset-password#token=${HIDDEN_TOKEN}`,
    );
  });

  it("leaves shorter or longer runs alone, which are not tokens", () => {
    expect(redactPersonalLinks("https://x.org/research/companies")).toBe("https://x.org/research/companies");
    expect(redactPersonalLinks(`/r/${token}X`)).toBe(`/r/${token}X`);
  });
});

import { localizeFieldMessage } from "./field-messages";

describe("localizeFieldMessage", () => {
  it("says the form problems a researcher meets in their language", () => {
    expect(localizeFieldMessage('"RO12345" is not a valid CUI (check the digits)', "ro")).toEqual({
      text: "Nu este un CUI valid: verificați cifrele (ultima este cifra de control).",
    });
    expect(localizeFieldMessage("must be at most 200 characters", "en")).toEqual({
      text: "At most 200 characters.",
    });
  });

  it("keeps anything else as the server wrote it, marked as English", () => {
    expect(localizeFieldMessage("something new", "ro")).toEqual({ text: "something new", lang: "en" });
  });
});

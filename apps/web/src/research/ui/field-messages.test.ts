import { localizeFieldMessage } from "./field-messages";

describe("localizeFieldMessage", () => {
  it("says the form problems a researcher meets in their language", () => {
    expect(localizeFieldMessage('"RO12345" is not a valid CUI (check the digits)', "ro")).toEqual({
      text: "„RO12345”: nu este un CUI valid; verificați cifrele (ultima este cifra de control).",
    });
    expect(localizeFieldMessage('"Vaslui": must be one of MM, SM, SJ, CJ, BH, AR, TM', "ro")).toEqual({
      text: "„Vaslui”: alegeți unul dintre cele șapte județe ale studiului (MM, SM, SJ, CJ, BH, AR, TM).",
    });
    expect(localizeFieldMessage("must be at most 200 characters", "en")).toEqual({
      text: "At most 200 characters.",
    });
  });

  it("says the import's cell and column problems with their values", () => {
    expect(localizeFieldMessage('"multe" is not a number', "ro")).toEqual({
      text: "„multe”: nu este un număr.",
    });
    expect(localizeFieldMessage("same CUI as row 4", "ro")).toEqual({ text: "Același CUI ca pe rândul 4." });
    expect(localizeFieldMessage('The required column "county" is missing.', "ro")).toEqual({
      text: "Lipsește coloana obligatorie „county”.",
    });
    expect(
      localizeFieldMessage("The file has more than 20000 rows; import at most 20000 at a time.", "ro"),
    ).toEqual({ text: "Fișierul are mai mult de 20000 de rânduri; importați cel mult 20000 odată." });
  });

  it("says the sending and link problems in Romanian", () => {
    expect(localizeFieldMessage("must be in the future and at most 60 days ahead", "ro")).toEqual({
      text: "Alegeți un moment din viitor, cel mult peste 60 de zile.",
    });
    expect(localizeFieldMessage("must be after the current expiry, 2099-01-31T21:59:59.000Z", "ro")).toEqual({
      text: "Noua dată trebuie să fie după expirarea actuală (31.01.2099).",
    });
    expect(localizeFieldMessage("the link has no expiry date to extend", "ro")).toEqual({
      text: "Linkul nu are dată de expirare: funcționează până când este revocat.",
    });
  });

  it("keeps anything else as the server wrote it, marked as English", () => {
    expect(localizeFieldMessage("something new", "ro")).toEqual({ text: "something new", lang: "en" });
  });
});

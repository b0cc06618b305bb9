import { renderTemplate, templateProblems } from "./template-text";

describe("templateProblems", () => {
  it("accepts a template using the known placeholders", () => {
    expect(
      templateProblems("Invitație {{company}}", "Bună ziua {{ contactName }},\n{{link}}\n{{deadline}}"),
    ).toEqual([]);
  });

  it("names unknown placeholders and a missing link", () => {
    const problems = templateProblems("{{firma}}", "Bună ziua, {{company}}");
    expect(problems).toEqual([
      {
        field: "subject",
        code: "UNKNOWN_PLACEHOLDER",
        params: { placeholder: "{{firma}}", known: "{{company}}, {{link}}, {{deadline}}, {{contactName}}" },
        message: expect.stringMatching(/^unknown placeholder \{\{firma\}\}/),
      },
      { field: "body", code: "MISSING_LINK", message: expect.stringMatching(/must contain \{\{link\}\}/) },
    ]);
  });

  it("refuses empty texts and multi-line subjects", () => {
    expect(templateProblems(" ", "{{link}}")).toEqual([
      { field: "subject", code: "TEXT_EMPTY", message: "must not be empty" },
    ]);
    expect(templateProblems("a\nb", "{{link}}")).toEqual([
      { field: "subject", code: "SUBJECT_MULTILINE", message: "must be one line" },
    ]);
  });
});

describe("renderTemplate", () => {
  it("fills every occurrence, with or without spaces inside the braces", () => {
    const values = {
      company: "Crișul SRL",
      link: "https://x/r/abc",
      deadline: "1 martie",
      contactName: "Ana",
    };
    expect(
      renderTemplate("{{company}} – {{ company }}: {{link}} ({{deadline}}, {{contactName}})", values),
    ).toBe("Crișul SRL – Crișul SRL: https://x/r/abc (1 martie, Ana)");
  });

  it("does not interpret placeholders inside the values", () => {
    const values = { company: "{{link}}", link: "L", deadline: "", contactName: "" };
    expect(renderTemplate("{{company}} {{link}}", values)).toBe("{{link}} L");
  });
});

import { CONSENT_SECTIONS, renderConsentText } from "./consent";

const retention = CONSENT_SECTIONS.find((s) => s.id === "retention")!;
const details = (retentionMonths: number) => ({
  controller: "Universitatea de Vest",
  principalInvestigator: "Prof. Ana Pop",
  ethicsApproval: "CEC 12/2026",
  contactEmail: "smi@example.org",
  retentionMonths,
});

describe("renderConsentText", () => {
  it("names the retention period with Romanian number agreement", () => {
    expect(renderConsentText(retention.body.ro, details(24), "ro")).toContain("cel târziu după 24 de luni.");
    expect(renderConsentText(retention.body.ro, details(18), "ro")).toContain("cel târziu după 18 luni.");
    expect(renderConsentText(retention.body.ro, details(1), "ro")).toContain("cel târziu după 1 lună.");
  });

  it("names it in English for the English text", () => {
    expect(renderConsentText(retention.body.en, details(24), "en")).toContain(
      "at the latest after 24 months.",
    );
  });

  it("leaves no placeholder in any section", () => {
    for (const section of CONSENT_SECTIONS) {
      for (const locale of ["ro", "en"] as const) {
        expect(renderConsentText(section.body[locale], details(24), locale)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

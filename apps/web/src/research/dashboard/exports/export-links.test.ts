import { exportHref } from "./export-links";

describe("exportHref", () => {
  it("sends the whole filter as JSON, and the labels' language", () => {
    const href = exportHref(
      "smi-responses.csv",
      { counties: ["BH", "CJ"], submittedFrom: "2026-01-01" },
      "ro",
    );
    const url = new URL(href, "http://localhost");
    expect(url.pathname).toBe("/api/exports/smi-responses.csv");
    expect(JSON.parse(url.searchParams.get("filter")!)).toEqual({
      counties: ["BH", "CJ"],
      submittedFrom: "2026-01-01",
    });
    expect(url.searchParams.get("locale")).toBe("ro");
  });

  it("leaves the filter out when every response is wanted", () => {
    expect(exportHref("smi-codebook.md", {}, "en")).toBe("/api/exports/smi-codebook.md?locale=en");
  });
});

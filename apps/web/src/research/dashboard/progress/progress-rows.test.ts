import { SIZE_CLASS_LABELS } from "@smi/questionnaire";
import { countyProgressRows, sizeClassProgressRows, weeklyRates } from "./progress-rows";

const counts = (sent: number, completed: number, responseRate: number | null) => ({
  invited: sent + 1,
  sent,
  opened: sent,
  started: completed,
  completed,
  screenedOut: 0,
  refused: 0,
  responseRate,
});

describe("countyProgressRows", () => {
  const groups = [
    { level: "TM", ...counts(10, 4, 0.4) },
    { level: "MM", ...counts(0, 0, null) },
    { level: "BH", ...counts(8, 2, 0.25) },
  ];

  it("keeps the study's county order, names each county and gives the rate in percent", () => {
    const rows = countyProgressRows(groups, []);
    expect(rows.map((r) => [r.key, r.name, r.ratePercent])).toEqual([
      ["MM", "Maramureș", null],
      ["BH", "Bihor", 25],
      ["TM", "Timiș", 40],
    ]);
  });

  it("shows only the counties the filter names", () => {
    expect(countyProgressRows(groups, ["TM"]).map((r) => r.key)).toEqual(["TM"]);
  });
});

describe("sizeClassProgressRows", () => {
  const localized = (text: { ro: string; en: string }) => text.en;

  it("orders micro to large and adds companies of unknown size only when there are some", () => {
    const groups = [
      { level: "small", ...counts(4, 1, 0.25) },
      { level: "micro", ...counts(5, 5, 1) },
      { level: null, ...counts(2, 1, 0.5) },
    ];
    const rows = sizeClassProgressRows(groups, [], localized, "Unknown");
    expect(rows.map((r) => [r.key, r.name, r.ratePercent])).toEqual([
      ["micro", SIZE_CLASS_LABELS.micro.en, 100],
      ["small", SIZE_CLASS_LABELS.small.en, 25],
      ["unknown", "Unknown", 50],
    ]);
    expect(sizeClassProgressRows(groups, ["small"], localized, "Unknown").map((r) => r.key)).toEqual([
      "small",
      "unknown",
    ]);
  });
});

describe("weeklyRates", () => {
  const series = [
    {
      county: null,
      weeks: [
        { weekStart: "2026-10-05", sent: 4, completed: 1, responseRate: 0.25 },
        { weekStart: "2026-10-12", sent: 8, completed: 4, responseRate: 0.5 },
        { weekStart: "2026-10-19", sent: 8, completed: 6, responseRate: 0.75 },
      ],
    },
    { county: "BH", weeks: [{ weekStart: "2026-10-12", sent: 2, completed: 1, responseRate: 0.5 }] },
  ];

  it("takes the all-counties series and turns rates into percents", () => {
    expect(weeklyRates(series)).toEqual([
      { weekStart: "2026-10-05", sent: 4, completed: 1, ratePercent: 25, county: null },
      { weekStart: "2026-10-12", sent: 8, completed: 4, ratePercent: 50, county: null },
      { weekStart: "2026-10-19", sent: 8, completed: 6, ratePercent: 75, county: null },
    ]);
  });

  it("puts a county's series beside it: nothing before its first week, its last figures after its last", () => {
    expect(weeklyRates(series, "BH").map((point) => point.county)).toEqual([
      { weekStart: "2026-10-05", sent: 0, completed: 0, ratePercent: null },
      { weekStart: "2026-10-12", sent: 2, completed: 1, ratePercent: 50 },
      { weekStart: "2026-10-19", sent: 2, completed: 1, ratePercent: 50 },
    ]);
  });
});

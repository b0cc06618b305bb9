import { ITEM_IDS, ITEMS, isItemId } from "./items";
import { LOCALES } from "./locale";
import { SCALE } from "./scale";
import { CATEGORIES } from "./categories";
import { COUNTIES } from "./counties";
import { SIZE_CLASS_LABELS } from "./sme/size-classes";
import { PERFORMANCE_INDICATORS } from "./performance/indicators";
import { SMI_CONFIGURATIONS } from "./configurations";
import type { Localized } from "./locale";

/** Every piece of product text in the package, with where it comes from. */
const allText: [string, Localized][] = [
  ...ITEMS.flatMap((i): [string, Localized][] => [
    [`${i.id}.statement`, i.statement],
    [`${i.id}.integratedPractice`, i.integratedPractice],
  ]),
  ...SCALE.map((s): [string, Localized] => [`scale ${s.value}`, s.label]),
  ...CATEGORIES.flatMap((c): [string, Localized][] => [
    [`${c.id}.label`, c.label],
    [`${c.id}.description`, c.description],
  ]),
  ...Object.entries(SIZE_CLASS_LABELS).map(([k, v]): [string, Localized] => [`size ${k}`, v]),
  ...PERFORMANCE_INDICATORS.flatMap((p): [string, Localized][] => [
    [`${p.id}.label`, p.label],
    [`${p.id}.help`, p.help],
  ]),
  ...SMI_CONFIGURATIONS.flatMap((c): [string, Localized][] => [
    [`${c.id}.label`, c.label],
    [`${c.id}.description`, c.description],
  ]),
];

describe("the twenty statements", () => {
  it("are q01..q20, unique and in the paper's order", () => {
    expect(ITEM_IDS).toHaveLength(20);
    expect(new Set(ITEM_IDS).size).toBe(20);
    expect(ITEM_IDS).toEqual(Array.from({ length: 20 }, (_, i) => `q${String(i + 1).padStart(2, "0")}`));
    expect(ITEMS.map((i) => i.id)).toEqual([...ITEM_IDS]);
  });

  it("keep the paper's wording at the anchors of its order", () => {
    expect(ITEMS[0]?.statement.en).toMatch(/sales forecast/);
    expect(ITEMS[5]?.statement.en).toMatch(/referrals/);
    expect(ITEMS[15]?.statement.en).toMatch(/rise or fall together/);
    expect(ITEMS[16]?.statement.en).toMatch(/single Chief Sales and Relationship Marketing/);
    expect(ITEMS[19]?.statement.en).toMatch(/each other's plans to top executives/);
  });

  it("fix the paper's typos", () => {
    const english = ITEMS.map((i) => i.statement.en).join(" ");
    expect(english).not.toMatch(/refferals|each others |i\.e re/);
  });

  it("recognises item ids and nothing else", () => {
    expect(isItemId("q01")).toBe(true);
    expect(isItemId("q20")).toBe(true);
    for (const x of ["q00", "q21", "Q01", "q1", "", 1, null, undefined, {}]) expect(isItemId(x)).toBe(false);
  });
});

describe("product text", () => {
  it.each(allText)("%s is non-empty, trimmed and in every locale", (_where, text) => {
    expect(Object.keys(text).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      expect(text[locale].trim()).not.toBe("");
      expect(text[locale]).toBe(text[locale].trim());
      expect(text[locale]).not.toMatch(/ {2}/);
    }
  });

  it("writes Romanian with comma-below ș ț, never the cedilla ş ţ", () => {
    const romanian = [...allText.map(([, t]) => t.ro), ...COUNTIES.flatMap((c) => [c.name, c.seat])].join(
      "\n",
    );
    expect(romanian).not.toMatch(/[\u015e\u015f\u0162\u0163]/);
    expect(romanian).toMatch(/ș/);
    expect(romanian).toMatch(/ț/);
  });

  it("gives Romanian statements that are not just the English copied", () => {
    for (const item of ITEMS) expect(item.statement.ro).not.toBe(item.statement.en);
    expect(ITEMS.every((i) => /[ăâîșț]/.test(i.statement.ro))).toBe(true);
  });

  it("ends every statement and practice with a full stop", () => {
    for (const item of ITEMS) {
      for (const text of [item.statement, item.integratedPractice]) {
        expect(text.en).toMatch(/[.”]$/);
        expect(text.ro).toMatch(/[.”]$/);
      }
    }
  });
});

import { COUNTIES, COUNTY_CODES, isCountyCode, parseCounty } from "./counties";

describe("counties", () => {
  it("lists the seven counties with ISO 3166-2:RO codes, names and seats", () => {
    expect(COUNTIES.map((c) => [c.iso, c.name, c.seat])).toEqual([
      ["RO-MM", "Maramureș", "Baia Mare"],
      ["RO-SM", "Satu Mare", "Satu Mare"],
      ["RO-SJ", "Sălaj", "Zalău"],
      ["RO-CJ", "Cluj", "Cluj-Napoca"],
      ["RO-BH", "Bihor", "Oradea"],
      ["RO-AR", "Arad", "Arad"],
      ["RO-TM", "Timiș", "Timișoara"],
    ]);
    expect(COUNTIES.map((c) => c.code)).toEqual([...COUNTY_CODES]);
    for (const c of COUNTIES) expect(c.iso).toBe(`RO-${c.code}`);
  });

  it("recognises only the seven codes, in upper case", () => {
    for (const code of COUNTY_CODES) expect(isCountyCode(code)).toBe(true);
    for (const x of ["mm", "RO-MM", "IS", "B", "", null, 7]) expect(isCountyCode(x)).toBe(false);
  });
});

describe("parseCounty", () => {
  it.each([
    ["MM", "MM"],
    ["mm", "MM"],
    ["  Mm ", "MM"],
    ["RO-MM", "MM"],
    ["ro-tm", "TM"],
    ["RO MM", "MM"],
    ["Maramureș", "MM"],
    ["Maramureş", "MM"], // cedilla spelling, common from old keyboards
    ["Maramures", "MM"],
    ["MARAMURES", "MM"],
    ["Județul Maramureș", "MM"],
    ["jud. Timis", "TM"],
    ["Satu Mare", "SM"],
    ["satu-mare", "SM"],
    ["Satu   Mare", "SM"],
    ["Sălaj", "SJ"],
    ["Salaj", "SJ"],
    ["Zalău", "SJ"],
    ["Zalau", "SJ"],
    ["zalau", "SJ"],
    ["Cluj", "CJ"],
    ["Cluj-Napoca", "CJ"],
    ["Bihor", "BH"],
    ["Oradea", "BH"],
    ["Arad", "AR"],
    ["Timiș", "TM"],
    ["Timisoara", "TM"],
    ["Baia Mare", "MM"],
  ])("reads %p as %s", (input, code) => {
    expect(parseCounty(input)).toBe(code);
  });

  it.each(["", "   ", "IS", "RO-IS", "Iași", "București", "RO", "Maramureș Sălaj", "M M", "XMM"])(
    "returns null for %p",
    (input) => {
      expect(parseCounty(input)).toBeNull();
    },
  );

  it("returns null rather than throwing for a non-string at runtime", () => {
    expect(parseCounty(undefined as unknown as string)).toBeNull();
  });
});

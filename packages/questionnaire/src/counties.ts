export const COUNTY_CODES = ["MM", "SM", "SJ", "CJ", "BH", "AR", "TM"] as const;
export type CountyCode = (typeof COUNTY_CODES)[number];

/** The seven counties of the study's population (paper, section 4.1), with ISO 3166-2:RO codes. */
export interface County {
  code: CountyCode;
  iso: `RO-${CountyCode}`;
  name: string;
  seat: string;
}

export const COUNTIES: readonly County[] = [
  { code: "MM", iso: "RO-MM", name: "Maramureș", seat: "Baia Mare" },
  { code: "SM", iso: "RO-SM", name: "Satu Mare", seat: "Satu Mare" },
  { code: "SJ", iso: "RO-SJ", name: "Sălaj", seat: "Zalău" },
  { code: "CJ", iso: "RO-CJ", name: "Cluj", seat: "Cluj-Napoca" },
  { code: "BH", iso: "RO-BH", name: "Bihor", seat: "Oradea" },
  { code: "AR", iso: "RO-AR", name: "Arad", seat: "Arad" },
  { code: "TM", iso: "RO-TM", name: "Timiș", seat: "Timișoara" },
];

export function isCountyCode(x: unknown): x is CountyCode {
  return typeof x === "string" && (COUNTY_CODES as readonly string[]).includes(x);
}

/**
 * Upper case, without diacritics (NFD splits ș/ş/ă/â/î/ț into a base letter and a combining mark, which we drop, so
 * cedilla and comma-below spellings match), with hyphens and runs of spaces reduced to one space.
 */
function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[\s-]+/g, " ")
    .trim();
}

/** Names and seats both resolve: the paper lists Sălaj by its seat, "Zalau", and respondents may do the same. */
const BY_NAME: ReadonlyMap<string, CountyCode> = new Map(
  COUNTIES.flatMap((c) => [
    [normalize(c.name), c.code],
    [normalize(c.seat), c.code],
  ]),
);

/** Accepts "MM", "RO-MM", "Maramureș", "Maramures", "Județul Maramureș", "Zalău" … in any case; null if not one of the seven. */
export function parseCounty(input: string): CountyCode | null {
  if (typeof input !== "string") return null;
  const key = normalize(input)
    .replace(/^RO /, "")
    .replace(/^(JUDETUL|JUD\.?) /, "");
  if (isCountyCode(key)) return key;
  return BY_NAME.get(key) ?? null;
}

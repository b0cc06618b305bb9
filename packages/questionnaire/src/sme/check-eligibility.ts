import { COUNTIES, parseCounty, type CountyCode } from "../counties";
import type { Localized } from "../locale";
import { classifySize, type EnterpriseFigures } from "./classify-size";
import type { SizeClass } from "./size-classes";

export const INELIGIBILITY_CODES = ["NOT_AN_SME", "COUNTY_OUT_OF_SCOPE", "NO_MARKETING_DEPARTMENT"] as const;
export type IneligibilityCode = (typeof INELIGIBILITY_CODES)[number];

export interface IneligibilityReason {
  code: IneligibilityCode;
  message: Localized;
}

export interface EligibilityInput extends EnterpriseFigures {
  county: string;
  hasMarketingDept: boolean;
}

export interface Eligibility {
  eligible: boolean;
  sizeClass: SizeClass;
  county: CountyCode | null;
  reasons: IneligibilityReason[];
}

const COUNTY_LIST = {
  ro: `${COUNTIES.slice(0, -1)
    .map((c) => c.name)
    .join(", ")} și ${COUNTIES.at(-1)?.name}`,
  en: `${COUNTIES.slice(0, -1)
    .map((c) => c.name)
    .join(", ")} and ${COUNTIES.at(-1)?.name}`,
};

function notAnSme(f: EnterpriseFigures): IneligibilityReason {
  if (f.employees >= 250) {
    return {
      code: "NOT_AN_SME",
      message: {
        ro: `Studiul se adresează doar întreprinderilor mici și mijlocii. Numărul de angajați indicat (${f.employees}) depășește pragul IMM, care este de sub 250 de angajați.`,
        en: `This study covers small and medium-sized enterprises only. The headcount you gave (${f.employees}) is above the SME limit of fewer than 250 employees.`,
      },
    };
  }
  const intro = {
    ro: "Studiul se adresează doar întreprinderilor mici și mijlocii.",
    en: "This study covers small and medium-sized enterprises only.",
  };
  const detail =
    f.turnoverEur !== null && f.balanceSheetEur !== null
      ? {
          ro: "Cifra de afaceri și totalul bilanțului indicate depășesc ambele plafoanele IMM (50 de milioane de euro, respectiv 43 de milioane de euro).",
          en: "The turnover and balance-sheet total you gave are both above the SME ceilings (EUR 50 million and EUR 43 million respectively).",
        }
      : f.turnoverEur !== null
        ? {
            ro: "Cifra de afaceri indicată depășește plafonul IMM de 50 de milioane de euro.",
            en: "The turnover you gave is above the SME ceiling of EUR 50 million.",
          }
        : {
            ro: "Totalul bilanțului indicat depășește plafonul IMM de 43 de milioane de euro.",
            en: "The balance-sheet total you gave is above the SME ceiling of EUR 43 million.",
          };
  return { code: "NOT_AN_SME", message: { ro: `${intro.ro} ${detail.ro}`, en: `${intro.en} ${detail.en}` } };
}

function countyOutOfScope(given: unknown): IneligibilityReason {
  const name = typeof given === "string" ? given.trim().slice(0, 60) : "";
  return {
    code: "COUNTY_OUT_OF_SCOPE",
    message: name
      ? {
          ro: `Studiul include doar firme înregistrate în șapte județe din vestul României (${COUNTY_LIST.ro}), iar „${name}” nu se numără printre ele.`,
          en: `This study includes only companies registered in seven counties of western Romania (${COUNTY_LIST.en}), and “${name}” is not one of them.`,
        }
      : {
          ro: `Studiul include doar firme înregistrate în șapte județe din vestul României (${COUNTY_LIST.ro}), iar județul nu a fost indicat.`,
          en: `This study includes only companies registered in seven counties of western Romania (${COUNTY_LIST.en}), and no county was given.`,
        },
  };
}

const NO_MARKETING_DEPARTMENT: IneligibilityReason = {
  code: "NO_MARKETING_DEPARTMENT",
  message: {
    ro: "Studiul analizează modul în care departamentul de marketing colaborează cu vânzările, de aceea include doar firmele care au un departament de marketing distinct.",
    en: "This study looks at how a marketing department works with sales, so it includes only companies that have a distinct marketing department.",
  },
};

/** The paper's population (section 4.1): SMEs in the seven counties with a distinct marketing department. */
export function checkEligibility(input: EligibilityInput): Eligibility {
  const sizeClass = classifySize(input);
  const county = parseCounty(input.county);
  const reasons: IneligibilityReason[] = [];
  if (sizeClass === "large") reasons.push(notAnSme(input));
  if (county === null) reasons.push(countyOutOfScope(input.county));
  if (!input.hasMarketingDept) reasons.push(NO_MARKETING_DEPARTMENT);
  return { eligible: reasons.length === 0, sizeClass, county, reasons };
}

import { CATEGORIES } from "../categories";
import { COUNTIES } from "../counties";
import { ITEMS } from "../items";
import type { Localized } from "../locale";
import { PERFORMANCE_INDICATORS } from "../performance/indicators";
import { SCALE } from "../scale";
import { SIZE_CLASSES, SIZE_CLASS_LABELS } from "../sme/size-classes";
import { SMI_CONFIGURATIONS } from "../configurations";
import { CONSISTENCY_RULE_IDS, type ConsistencyRuleId } from "../consistency/consistency-rules";
import { CONSISTENCY_RULES_TEXT } from "../consistency/consistency-rules-text";
import type { MissingReason } from "./missing-codes";

export type VariableType = "text" | "integer" | "decimal" | "boolean" | "datetime";

export interface ValueLabel {
  /** The value as written in the CSV. */
  value: string;
  label: Localized;
}

export interface CodebookVariable {
  /** Column name in the CSV, variable name in SPSS and R. */
  name: string;
  label: Localized;
  type: VariableType;
  /** Closed list of values (categorical variables), with labels for SPSS value labels and R factor levels. */
  values?: readonly ValueLabel[];
  unit?: string;
  min?: number;
  max?: number;
  /** Computed by the platform: written in exports, ignored on import. */
  derived?: boolean;
  /** Why a respondent may have left it out, each written as its code (missing-codes.ts) instead of an empty cell. */
  missing?: readonly MissingReason[];
}

const en = (text: string): Localized => ({ ro: text, en: text });

/** The longest response_id a file may give (a paper form's number, another tool's id); the platform's are UUIDs. */
export const RESPONSE_ID_MAX_LENGTH = 100;

/** The export column of a consistency rule's flag. */
export const consistencyFlagColumn = (rule: ConsistencyRuleId) => `flag_${rule}`;

/** A consistency flag's values: how the response stands with one rule. */
export const CONSISTENCY_FLAG_VALUES: readonly ValueLabel[] = [
  { value: "0", label: { ro: "Consecvent", en: "Consistent" } },
  {
    value: "1",
    label: { ro: "Contradicție confirmată de respondent", en: "Contradiction confirmed by the respondent" },
  },
  {
    value: "2",
    label: {
      ro: "Contradicție neconfirmată (răspuns importat sau dat înaintea verificării)",
      en: "Contradiction not confirmed (imported, or answered before the check)",
    },
  },
];

/** The answers that first screened the company out, kept when the respondent corrected the profile afterwards. */
export const FIRST_SCREENING_COLUMNS = [
  "screening_first_county",
  "screening_first_employees",
  "screening_first_turnover_eur",
  "screening_first_balance_sheet_eur",
  "screening_first_has_marketing_dept",
  "screening_first_reasons",
] as const;

const firstScreening = (label: Localized): Localized => ({
  ro: `Prima declarație, care a exclus firma: ${label.ro.charAt(0).toLowerCase()}${label.ro.slice(1)}`,
  en: `First statement, which screened the company out: ${label.en.charAt(0).toLowerCase()}${label.en.slice(1)}`,
});

/** A data-quality flag the server computes when exporting (its thresholds are settings, stated in the codebook). */
const qualityFlag = (name: string, label: Localized): CodebookVariable => ({
  name,
  label,
  type: "integer",
  min: 0,
  max: 1,
  values: [
    { value: "0", label: { ro: "Nu", en: "No" } },
    { value: "1", label: { ro: "Da", en: "Yes" } },
  ],
  derived: true,
});

/**
 * How the response came in and how long it took: the invitation's language and consent time for web responses,
 * nothing for imported ones (a paper form records neither).
 */
const PARADATA_VARIABLES: readonly CodebookVariable[] = [
  {
    name: "source",
    label: { ro: "Sursa răspunsului", en: "Source of the response" },
    type: "text",
    values: [
      { value: "web", label: { ro: "Chestionar web", en: "Web questionnaire" } },
      { value: "import", label: { ro: "Importat din fișier", en: "Imported from a file" } },
    ],
    derived: true,
  },
  {
    name: "language",
    label: {
      ro: "Limba chestionarului (ultima aleasă de respondent)",
      en: "Questionnaire language (the last one the respondent chose)",
    },
    type: "text",
    values: [
      { value: "ro", label: { ro: "Română", en: "Romanian" } },
      { value: "en", label: { ro: "Engleză", en: "English" } },
    ],
    derived: true,
  },
  {
    name: "started_at",
    label: { ro: "Început la (UTC): acordul de participare", en: "Started at (UTC): consent given" },
    type: "datetime",
    derived: true,
  },
  {
    name: "duration_seconds",
    label: { ro: "Durata completării (secunde)", en: "Time to complete (seconds)" },
    type: "integer",
    unit: "s",
    min: 0,
    derived: true,
  },
  qualityFlag("flag_straight_lining", {
    ro: "Răspunsuri aproape identice la cele 20 de afirmații (straight-lining)",
    en: "Nearly identical answers to the 20 statements (straight-lining)",
  }),
  qualityFlag("flag_speeding", {
    ro: "Completat mult mai repede decât mediana (speeding)",
    en: "Completed far faster than the median (speeding)",
  }),
];

/**
 * The response file's variables, in column order: the one codebook for import, export, SPSS syntax, R scripts and
 * the printed codebook. Everything is derived from the questionnaire's definitions, so it cannot drift from them.
 */
export const RESPONSE_CODEBOOK: readonly CodebookVariable[] = [
  { name: "response_id", label: { ro: "Identificator răspuns", en: "Response identifier" }, type: "text" },
  {
    name: "county",
    label: { ro: "Județ", en: "County" },
    type: "text",
    values: COUNTIES.map((c) => ({ value: c.code, label: en(c.name) })),
  },
  {
    name: "employees",
    label: { ro: "Număr de angajați", en: "Number of employees" },
    type: "integer",
    min: 0,
  },
  {
    name: "turnover_eur",
    label: { ro: "Cifra de afaceri anuală (EUR)", en: "Annual turnover (EUR)" },
    type: "decimal",
    unit: "EUR",
    min: 0,
    missing: ["not_answered"],
  },
  {
    name: "balance_sheet_eur",
    label: { ro: "Total bilanț (EUR)", en: "Balance-sheet total (EUR)" },
    type: "decimal",
    unit: "EUR",
    min: 0,
    missing: ["not_answered"],
  },
  {
    name: "has_marketing_dept",
    label: { ro: "Departament de marketing distinct", en: "Distinct marketing department" },
    type: "boolean",
    values: [
      { value: "true", label: { ro: "Da", en: "Yes" } },
      { value: "false", label: { ro: "Nu", en: "No" } },
    ],
  },
  ...ITEMS.map((item): CodebookVariable => ({
    name: item.id,
    label: item.statement,
    type: "integer",
    min: 1,
    max: 5,
    values: SCALE.map((s) => ({ value: String(s.value), label: s.label })),
  })),
  ...PERFORMANCE_INDICATORS.map((indicator): CodebookVariable => ({
    name: `perf_${indicator.id}`,
    label: indicator.label,
    type: indicator.integer ? "integer" : "decimal",
    unit: indicator.unit === "percent" ? "%" : indicator.unit === "eur" ? "EUR" : undefined,
    min: indicator.min,
    max: indicator.max,
    // Every indicator is optional, and the form offers "Prefer not to say" beside each.
    missing: ["prefer_not_to_say", "not_answered"],
  })),
  {
    name: "smi_configuration",
    label: {
      ro: "Configurația vânzări–marketing (Biemans et al., 2010)",
      en: "Sales–marketing configuration (Biemans et al., 2010)",
    },
    type: "text",
    values: SMI_CONFIGURATIONS.map((c) => ({ value: c.id, label: c.label })),
  },
  {
    name: "total_score",
    label: { ro: "Scor total (20–100)", en: "Total score (20–100)" },
    type: "integer",
    min: 20,
    max: 100,
    derived: true,
  },
  {
    name: "category",
    label: { ro: "Categoria de integrare", en: "Integration category" },
    type: "text",
    values: CATEGORIES.map((c) => ({ value: c.id, label: c.label })),
    derived: true,
  },
  {
    name: "size_class",
    label: { ro: "Clasa de mărime (2003/361/CE)", en: "Size class (2003/361/EC)" },
    type: "text",
    values: SIZE_CLASSES.map((s) => ({ value: s, label: SIZE_CLASS_LABELS[s] })),
    derived: true,
  },
  { name: "scoring_key", label: { ro: "Cheia de scorare", en: "Scoring key" }, type: "text", derived: true },
  // Imported as written, so data moved between installations keeps its dates; empty means the time of the import.
  {
    name: "submitted_at",
    label: { ro: "Data trimiterii (UTC)", en: "Submitted at (UTC)" },
    type: "datetime",
  },
  // Added later: after the original columns, so scripts that read columns by position keep working.
  ...CONSISTENCY_RULE_IDS.map((rule): CodebookVariable => ({
    name: consistencyFlagColumn(rule),
    label: {
      ro: `Consistență: ${CONSISTENCY_RULES_TEXT[rule].label.ro}`,
      en: `Consistency: ${CONSISTENCY_RULES_TEXT[rule].label.en}`,
    },
    type: "integer",
    min: 0,
    max: 2,
    values: CONSISTENCY_FLAG_VALUES,
    derived: true,
  })),
  {
    name: "screening_first_county",
    label: firstScreening({ ro: "Județul (cod sau numele dat)", en: "County (code, or the name given)" }),
    type: "text",
    derived: true,
  },
  {
    name: "screening_first_employees",
    label: firstScreening({ ro: "Număr de angajați", en: "Number of employees" }),
    type: "integer",
    min: 0,
    derived: true,
  },
  {
    name: "screening_first_turnover_eur",
    label: firstScreening({ ro: "Cifra de afaceri anuală (EUR)", en: "Annual turnover (EUR)" }),
    type: "decimal",
    unit: "EUR",
    min: 0,
    derived: true,
  },
  {
    name: "screening_first_balance_sheet_eur",
    label: firstScreening({ ro: "Total bilanț (EUR)", en: "Balance-sheet total (EUR)" }),
    type: "decimal",
    unit: "EUR",
    min: 0,
    derived: true,
  },
  {
    name: "screening_first_has_marketing_dept",
    label: firstScreening({ ro: "Departament de marketing distinct", en: "Distinct marketing department" }),
    type: "boolean",
    values: [
      { value: "true", label: { ro: "Da", en: "Yes" } },
      { value: "false", label: { ro: "Nu", en: "No" } },
    ],
    derived: true,
  },
  {
    name: "screening_first_reasons",
    label: firstScreening({
      ro: "Motivele excluderii (coduri separate prin ;)",
      en: "Reasons for screening out (codes separated by ;)",
    }),
    type: "text",
    derived: true,
  },
  // Paradata, added later still.
  ...PARADATA_VARIABLES,
];

/** Columns a response file to import must or may have. */
export const IMPORT_COLUMNS = RESPONSE_CODEBOOK.filter((v) => !v.derived).map((v) => v.name);

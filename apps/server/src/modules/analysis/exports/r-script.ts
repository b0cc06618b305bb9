import {
  MISSING_CODES,
  MISSING_REASON_LABELS,
  RESPONSE_CODEBOOK,
  type CodebookVariable,
  type Locale,
} from "@smi/questionnaire";

const rString = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
const vector = (values: readonly string[]) => `c(${values.map(rString).join(", ")})`;

const COL_CLASS: Record<CodebookVariable["type"], string> = {
  text: "character",
  datetime: "character",
  boolean: "logical",
  integer: "integer",
  decimal: "numeric",
};

const WHY_MISSING = { ro: "De ce lipsește", en: "Why missing" };

/** `<variable>_missing`: the reason a code stood for, NA where the value was given; then the codes become NA. */
function splitMissing(v: CodebookVariable, locale: Locale): string[] {
  const reasons = v.missing!;
  return [
    `responses$${v.name}_missing <- factor(responses$${v.name}, levels = c(${reasons.map((r) => MISSING_CODES[r]).join(", ")}), labels = ${vector(
      reasons.map((r) => MISSING_REASON_LABELS[r][locale]),
    )})`,
    `responses$${v.name}[!is.na(responses$${v.name}_missing)] <- NA`,
    `attr(responses$${v.name}_missing, "label") <- ${rString(`${WHY_MISSING[locale]}: ${v.name}`)}`,
  ];
}

/**
 * An R script that reads the exported CSV with the right column types, turns categorical variables into factors
 * with labelled levels (ordered for the integration category), makes the codes of answers left out NA with their
 * reason in a companion factor, and attaches each variable's label.
 */
export function rScript(locale: Locale, generatedAt: Date, csvFile: string): string {
  const vars = RESPONSE_CODEBOOK;
  const factors = vars.filter((v) => v.values?.length && v.type === "text");
  return [
    `# SMI Survey responses, exported ${generatedAt.toISOString()}.`,
    `# Save this script next to ${csvFile}, set that folder as the working directory, then source() it.`,
    "",
    "responses <- read.csv(",
    `  ${rString(csvFile)},`,
    '  fileEncoding = "UTF-8", na.strings = "", stringsAsFactors = FALSE,',
    `  colClasses = c(${vars.map((v) => `${v.name} = ${rString(COL_CLASS[v.type])}`).join(", ")})`,
    ")",
    "",
    "# Categorical variables as factors with labelled levels.",
    ...factors.map(
      (v) =>
        `responses$${v.name} <- factor(responses$${v.name}, levels = ${vector(v.values!.map((x) => x.value))}, labels = ${vector(
          v.values!.map((x) => x.label[locale]),
        )}${v.name === "category" || v.name === "size_class" ? ", ordered = TRUE" : ""})`,
    ),
    ...vars
      .filter((v) => v.type === "datetime")
      .map(
        (v) =>
          `responses$${v.name} <- as.POSIXct(responses$${v.name}, format = "%Y-%m-%dT%H:%M:%OSZ", tz = "UTC")`,
      ),
    "",
    "# Variable labels (shown by RStudio's View() and kept by haven/labelled).",
    ...vars.map((v) => `attr(responses$${v.name}, "label") <- ${rString(v.label[locale])}`),
    "",
    "# Answers left out are NA; <variable>_missing says why (see the codebook).",
    ...vars.filter((v) => v.missing?.length).flatMap((v) => splitMissing(v, locale)),
    "",
  ].join("\n");
}

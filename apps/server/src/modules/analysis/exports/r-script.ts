import { RESPONSE_CODEBOOK, type CodebookVariable, type Locale } from "@smi/questionnaire";
import { EXPORT_FILES } from "./export-files";

const rString = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
const vector = (values: readonly string[]) => `c(${values.map(rString).join(", ")})`;

const COL_CLASS: Record<CodebookVariable["type"], string> = {
  text: "character",
  datetime: "character",
  boolean: "logical",
  integer: "integer",
  decimal: "numeric",
};

/**
 * An R script that reads the exported CSV with the right column types, turns categorical variables into factors
 * with labelled levels (ordered for the integration category), and attaches each variable's label.
 */
export function rScript(locale: Locale, generatedAt: Date): string {
  const vars = RESPONSE_CODEBOOK;
  const factors = vars.filter((v) => v.values?.length && v.type === "text");
  return [
    `# SMI Survey responses, exported ${generatedAt.toISOString()}.`,
    `# Save this script next to ${EXPORT_FILES.csv}, set that folder as the working directory, then source() it.`,
    "",
    "responses <- read.csv(",
    `  ${rString(EXPORT_FILES.csv)},`,
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
    'responses$submitted_at <- as.POSIXct(responses$submitted_at, format = "%Y-%m-%dT%H:%M:%OSZ", tz = "UTC")',
    "",
    "# Variable labels (shown by RStudio's View() and kept by haven/labelled).",
    ...vars.map((v) => `attr(responses$${v.name}, "label") <- ${rString(v.label[locale])}`),
    "",
  ].join("\n");
}

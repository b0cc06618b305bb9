import {
  MISSING_CODES,
  MISSING_REASON_LABELS,
  RESPONSE_CODEBOOK,
  RESPONSE_ID_MAX_LENGTH,
  type CodebookVariable,
  type Locale,
} from "@smi/questionnaire";

// SPSS limits a variable label to 256 bytes; keep a margin for multi-byte Romanian letters.
const MAX_LABEL_BYTES = 250;

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

function truncateBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let cut = text;
  while (Buffer.byteLength(`${cut}…`) > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function format(v: CodebookVariable): string {
  if (v.name === "response_id") return `A${RESPONSE_ID_MAX_LENGTH}`;
  if (v.type === "datetime") return "A24";
  if (v.type === "boolean") return "A5";
  if (v.type === "text")
    return `A${Math.max(2, ...(v.values ?? []).map((x) => x.value.length), v.name === "scoring_key" ? 32 : 2)}`;
  if (v.type === "integer") return "F12.0";
  return "F18.4";
}

const level = (v: CodebookVariable) =>
  v.type === "integer" && v.max === 5
    ? "ORDINAL"
    : v.type === "integer" || v.type === "decimal"
      ? "SCALE"
      : "NOMINAL";

const withCodes = RESPONSE_CODEBOOK.filter((v) => v.missing?.length);

/** Each variable's answer labels, then its missing-value codes with their reasons. */
function valueLabels(v: CodebookVariable, locale: Locale): string {
  const numeric = v.type === "integer" || v.type === "decimal";
  return [
    ...(v.values ?? []).map((x) => `${numeric ? x.value : quote(x.value)} ${quote(x.label[locale])}`),
    ...(v.missing ?? []).map(
      (reason) => `${MISSING_CODES[reason]} ${quote(MISSING_REASON_LABELS[reason][locale])}`,
    ),
  ].join(" ");
}

/**
 * SPSS/PSPP syntax that reads the exported CSV with variable labels, value labels and measurement levels.
 * Empty cells become system-missing; the codes of answers left out are declared user-missing, with their reasons
 * as value labels.
 */
export function spssSyntax(locale: Locale, generatedAt: Date, csvFile: string): string {
  const vars = RESPONSE_CODEBOOK;
  const lines = [
    `* SMI Survey responses, exported ${generatedAt.toISOString()}.`,
    `* Save this file next to ${csvFile} and run it (SPSS or GNU PSPP).`,
    "",
    "GET DATA",
    "  /TYPE=TXT",
    `  /FILE=${quote(csvFile)}`,
    "  /ENCODING='UTF-8'",
    "  /ARRANGEMENT=DELIMITED",
    "  /DELCASE=LINE",
    "  /FIRSTCASE=2",
    '  /DELIMITERS=","',
    "  /QUALIFIER='\"'",
    "  /VARIABLES=",
    ...vars.map((v, i) => `    ${v.name} ${format(v)}${i === vars.length - 1 ? "." : ""}`),
    "",
    "VARIABLE LABELS",
    ...vars.map(
      (v, i) => `  ${i ? "/" : ""}${v.name} ${quote(truncateBytes(v.label[locale], MAX_LABEL_BYTES))}`,
    ),
    ".",
    "",
    "VALUE LABELS",
    ...vars
      .filter((v) => v.values?.length || v.missing?.length)
      .map((v, i) => `  ${i ? "/" : ""}${v.name} ${valueLabels(v, locale)}`),
    ".",
    "",
    "MISSING VALUES",
    ...withCodes.map(
      (v, i) =>
        `  ${i ? "/" : ""}${v.name} (${v.missing!.map((reason) => MISSING_CODES[reason]).join(", ")})`,
    ),
    ".",
    "",
    ...(["NOMINAL", "ORDINAL", "SCALE"] as const).map(
      (l) =>
        `VARIABLE LEVEL ${vars
          .filter((v) => level(v) === l)
          .map((v) => v.name)
          .join(" ")} (${l}).`,
    ),
    "EXECUTE.",
    "",
  ];
  return lines.join("\n");
}

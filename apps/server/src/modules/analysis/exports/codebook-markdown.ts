import {
  RESPONSE_CODEBOOK,
  SCORING_KEY,
  roCount,
  type CodebookVariable,
  type Locale,
} from "@smi/questionnaire";
import { EXPORT_FILES } from "./export-files";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function range(v: CodebookVariable): string {
  const parts = [
    v.min !== undefined && v.max !== undefined
      ? `${v.min}–${v.max}`
      : v.min !== undefined
        ? `≥ ${v.min}`
        : "",
  ];
  if (v.unit) parts.push(v.unit);
  return parts.filter(Boolean).join(" ");
}

/** A printable codebook of the response file: every variable with its label, type, range and value labels. */
export function codebookMarkdown(locale: Locale, generatedAt: Date): string {
  const title =
    locale === "ro" ? "Registrul de coduri al fișierului de răspunsuri" : "Response file codebook";
  const intro =
    locale === "ro"
      ? `Fișierul ${EXPORT_FILES.csv}: UTF-8, un rând de antet, un rând pe răspuns trimis, ${roCount(RESPONSE_CODEBOOK.length, "variabilă", "variabile")}; o celulă goală înseamnă valoare lipsă. Scoruri calculate cu cheia ${SCORING_KEY}.`
      : `File ${EXPORT_FILES.csv}: UTF-8, one header row, one row per submitted response, ${RESPONSE_CODEBOOK.length} variables; an empty cell means missing. Scores computed with the key ${SCORING_KEY}.`;
  const header =
    locale === "ro"
      ? "| Variabilă | Etichetă | Tip | Domeniu | Valori |"
      : "| Variable | Label | Type | Range | Values |";
  return [
    `# ${title}`,
    "",
    intro,
    "",
    `_${generatedAt.toISOString()}_`,
    "",
    header,
    "| --- | --- | --- | --- | --- |",
    ...RESPONSE_CODEBOOK.map(
      (v) =>
        `| \`${v.name}\` | ${cell(v.label[locale])}${v.derived ? (locale === "ro" ? " (calculat)" : " (derived)") : ""} | ${v.type} | ${range(v)} | ${cell(
          (v.values ?? []).map((x) => `${x.value} = ${x.label[locale]}`).join("; "),
        )} |`,
    ),
    "",
  ].join("\n");
}

import {
  CONSISTENCY_RULE_IDS,
  CONSISTENCY_RULES_TEXT,
  consistencyFlagColumn,
  RESPONSE_CODEBOOK,
  SCORING_KEY,
  roCount,
  type CodebookVariable,
  type Locale,
} from "@smi/questionnaire";
import type { QualityThresholds } from "../../responses/response-browser/data-quality";
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

const CONSISTENCY_INTRO = {
  ro: "Unele perechi de răspunsuri nu pot fi adevărate amândouă. Chestionarul verifică regulile de mai jos la fiecare pas: când răspunsurile se contrazic, respondentul vede explicația și poate modifica oricare răspuns sau le poate confirma pe amândouă. Fiecare regulă are o coloană `flag_…`: 0 = consecvent, 1 = contradicție confirmată de respondent, 2 = contradicție neconfirmată (răspuns importat de pe hârtie sau dat înaintea verificării). Filtrul „Consistență” al analizelor și parametrul `consistency` al exporturilor (`none` = fără indicator) selectează după ele.",
  en: "Some pairs of answers cannot both be true. The questionnaire checks the rules below at each step: when answers contradict each other, the respondent sees the explanation and may change either answer or confirm both. Each rule has a `flag_…` column: 0 = consistent, 1 = contradiction confirmed by the respondent, 2 = contradiction not confirmed (imported from paper, or answered before the check). The analyses' Consistency filter and the exports' `consistency` parameter (`none` = no flag) select on them.",
};

const NOT_RULES = {
  ro: "Nu sunt reguli: o configurație „integrare” cu un scor total mic (sau invers), pentru că configurația și scorul măsoară lucruri diferite și tocmai relația lor este studiată; o firmă fără departament de marketing nu ajunge la configurație, fiind exclusă din populație.",
  en: "Not rules: an “integration” configuration with a low total score (or the reverse), since the configuration and the score measure different things and their relation is what the study examines; a company without a marketing department never reaches the configuration, being outside the population.",
};

const FIRST_SCREENING = {
  ro: "Când un respondent exclus din populație își corectează profilul, coloanele profilului conțin corectura, iar coloanele `screening_first_…` păstrează prima declarație, care a dus la excludere, cu motivele ei (coduri NOT_AN_SME, COUNTY_OUT_OF_SCOPE, NO_MARKETING_DEPARTMENT). Sunt goale pentru respondenții care nu au fost excluși niciodată.",
  en: "When a respondent screened out of the population corrects the profile, the profile columns hold the correction and the `screening_first_…` columns keep the first statement, which screened the company out, with its reasons (codes NOT_AN_SME, COUNTY_OUT_OF_SCOPE, NO_MARKETING_DEPARTMENT). They are empty for respondents who were never screened out.",
};

function consistencySection(locale: Locale): string[] {
  return [
    `## ${locale === "ro" ? "Reguli de consistență" : "Consistency rules"}`,
    "",
    CONSISTENCY_INTRO[locale],
    "",
    ...CONSISTENCY_RULE_IDS.flatMap((rule) => {
      const text = CONSISTENCY_RULES_TEXT[rule];
      return [
        `### \`${consistencyFlagColumn(rule)}\`: ${text.label[locale]}`,
        "",
        `${locale === "ro" ? "Regula" : "Rule"}: ${text.rule[locale]}`,
        "",
        `${locale === "ro" ? "Ce am ales" : "What was chosen"}: ${text.handling[locale]}`,
        "",
      ];
    }),
    NOT_RULES[locale],
    "",
    `## ${locale === "ro" ? "Prima declarație la excludere" : "First statement when screened out"}`,
    "",
    FIRST_SCREENING[locale],
    "",
  ];
}

function qualitySection(
  locale: Locale,
  { straightLiningMaxSd: sd, speedingFractionOfMedian: f }: QualityThresholds,
) {
  const text =
    locale === "ro"
      ? [
          "## Calitatea datelor și excluderi",
          "",
          `Ecranul Răspunsuri semnalează, fără a exclude nimic: **răspunsuri în linie dreaptă** (abaterea standard a celor 20 de răspunsuri ale aceleiași persoane, ca populație, sub ${sd}, sau toate cele 20 egale; \`STRAIGHTLINING_MAX_SD\`), **completare prea rapidă** (durata de la confirmarea profilului eligibil până la trimitere sub ${f} × mediana duratelor răspunsurilor web trimise; \`SPEEDING_FRACTION_OF_MEDIAN\`) și **răspunsuri inconsecvente** (cel puțin o coloană \`flag_…\` diferită de 0).`,
          "",
          "Un cercetător poate exclude un răspuns trimis, cu un motiv; excluderea se poate anula și este înregistrată în jurnalul de audit. Fișierul, analizele și tabloul de bord cuprind implicit doar răspunsurile neexcluse (parametrul `inclusion=included`); `inclusion=all` le cuprinde pe toate. O analiză salvată păstrează filtrul (cu valoarea lui `inclusion`) și lista răspunsurilor excluse lăsate deoparte. Comparația cu județul de pe pagina de rezultat a respondentului numără și răspunsurile excluse.",
          "",
        ]
      : [
          "## Data quality and exclusions",
          "",
          `The Responses screen flags, without excluding anything: **straight-lining** (the within-person standard deviation of the 20 answers, population SD, below ${sd}, or all 20 equal; \`STRAIGHTLINING_MAX_SD\`), **speeding** (the time from the eligible profile’s confirmation to submission below ${f} × the median duration of the submitted web responses; \`SPEEDING_FRACTION_OF_MEDIAN\`) and **inconsistent answers** (at least one \`flag_…\` column other than 0).`,
          "",
          "A researcher may exclude a submitted response, giving a reason; an exclusion can be reversed and is recorded in the audit log. This file, the analyses and the dashboard cover only the responses not excluded by default (parameter `inclusion=included`); `inclusion=all` covers every one. A saved analysis keeps its filter (with its `inclusion` value) and the list of excluded responses it left out. The county comparison on the respondent's result page counts excluded responses too.",
          "",
        ];
  return text;
}

/** A printable codebook of the response file: every variable with its label, type, range and value labels. */
export function codebookMarkdown(locale: Locale, generatedAt: Date, quality: QualityThresholds): string {
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
    ...consistencySection(locale),
    ...qualitySection(locale, quality),
  ].join("\n");
}

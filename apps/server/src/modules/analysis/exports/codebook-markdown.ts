import {
  CONSISTENCY_RULE_IDS,
  CONSISTENCY_RULES_TEXT,
  consistencyFlagColumn,
  MISSING_CODES,
  MISSING_REASON_LABELS,
  MISSING_REASONS,
  RESPONSE_CODEBOOK,
  SCORING_KEY,
  roCount,
  type CodebookVariable,
  type Locale,
  type Localized,
  type MissingReason,
} from "@smi/questionnaire";
import type { QualityThresholds } from "../../responses/response-browser/data-quality";

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

const MISSING_INTRO = {
  ro: "Un răspuns pe care chestionarul permite să fie omis nu lasă celula goală, ci are un cod care spune de ce lipsește. SPSS și PSPP declară codurile valori lipsă ale utilizatorului (MISSING VALUES), cu motivul ca etichetă; scriptul R le face NA și pune motivul în coloana-factor `<variabilă>_missing`. Codurile nu sunt obișnuitele -8 și -9, pentru că o creștere a cifrei de afaceri de -8 % sau o mică pierdere pe client sunt răspunsuri reale: fiecare cod este sub cea mai mică valoare acceptată de vreo variabilă.",
  en: "An answer the questionnaire lets the respondent leave out is not an empty cell but a code saying why it is missing. SPSS and PSPP declare the codes user-missing (MISSING VALUES), with the reason as the value label; the R script makes them NA and puts the reason in the factor column `<variable>_missing`. The codes are not the customary -8 and -9, because revenue growth of -8 % or a small loss per customer are real answers: every code is below the lowest value any variable accepts.",
};

const MISSING_REASON_TEXT: Record<MissingReason, Localized> = {
  prefer_not_to_say: {
    ro: "indicatorii de performanță: respondentul a bifat „Prefer să nu răspund”.",
    en: "performance indicators: the respondent ticked “Prefer not to say”.",
  },
  not_answered: {
    ro: "indicatorii de performanță lăsați necompletați; cifra de afaceri și totalul bilanțului lăsate goale (formularul cere asta când suma nu este cunoscută și nu oferă „Prefer să nu răspund”, deci codul acoperă și „nu știu”). Pentru răspunsurile importate, o celulă goală în fișierul importat.",
    en: "performance indicators left empty; turnover and balance-sheet total left empty (the form asks for that when the amount is not known and offers no “Prefer not to say”, so the code covers “don't know” too). For imported responses, an empty cell in the imported file.",
  },
};

const NEVER_MISSING = {
  ro: "Cele 20 de afirmații, județul, numărul de angajați și departamentul de marketing sunt obligatorii, deci nu lipsesc niciodată într-un răspuns trimis. O celulă goală rămâne „lipsă de sistem”: o variabilă calculată care nu se aplică (de exemplu coloanele `screening_first_…`) sau paradatele unui răspuns importat.",
  en: "The 20 statements, the county, the number of employees and the marketing department are required, so they are never missing in a submitted response. An empty cell stays system-missing: a derived variable that does not apply (the `screening_first_…` columns, say) or the paradata of an imported response.",
};

const PARADATA = {
  ro: "`source` spune de unde vine răspunsul. Pentru răspunsurile web, `language` este limba invitației, pe care respondentul o poate schimba în chestionar (ultima aleasă), `started_at` este momentul acordului de participare (primul pas al chestionarului), iar `duration_seconds` este timpul de la acord la trimitere, pauzele incluse. Pentru răspunsurile importate sunt goale. Indicatorii de calitate a datelor sunt coloanele `flag_…`.",
  en: "`source` says where the response came from. For web responses, `language` is the invitation's language, which the respondent can switch in the questionnaire (the last one chosen), `started_at` is when consent was given (the questionnaire's first step), and `duration_seconds` is the time from consent to submission, breaks included. They are empty for imported responses. The data-quality flags are the `flag_…` columns.",
};

function missingSection(locale: Locale): string[] {
  return [
    `## ${locale === "ro" ? "Valori lipsă" : "Missing values"}`,
    "",
    MISSING_INTRO[locale],
    "",
    ...MISSING_REASONS.map(
      (reason) =>
        `- \`${MISSING_CODES[reason]}\` = ${MISSING_REASON_LABELS[reason][locale]}: ${MISSING_REASON_TEXT[reason][locale]}`,
    ),
    "",
    NEVER_MISSING[locale],
    "",
    `## ${locale === "ro" ? "Paradate" : "Paradata"}`,
    "",
    PARADATA[locale],
    "",
  ];
}

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
export function codebookMarkdown(
  locale: Locale,
  generatedAt: Date,
  csvFile: string,
  quality: QualityThresholds,
): string {
  const title =
    locale === "ro" ? "Registrul de coduri al fișierului de răspunsuri" : "Response file codebook";
  const intro =
    locale === "ro"
      ? `Fișierul ${csvFile}: UTF-8, un rând de antet, un rând pe răspuns trimis, ${roCount(RESPONSE_CODEBOOK.length, "variabilă", "variabile")}; o celulă goală sau un cod din secțiunea „Valori lipsă” înseamnă valoare lipsă. Scoruri calculate cu cheia ${SCORING_KEY}.`
      : `File ${csvFile}: UTF-8, one header row, one row per submitted response, ${RESPONSE_CODEBOOK.length} variables; an empty cell or a code of the “Missing values” section means missing. Scores computed with the key ${SCORING_KEY}.`;
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
          [
            ...(v.values ?? []).map((x) => `${x.value} = ${x.label[locale]}`),
            ...(v.missing ?? []).map((r) => `${MISSING_CODES[r]} = ${MISSING_REASON_LABELS[r][locale]}`),
          ].join("; "),
        )} |`,
    ),
    "",
    ...missingSection(locale),
    ...consistencySection(locale),
    ...qualitySection(locale, quality),
  ].join("\n");
}

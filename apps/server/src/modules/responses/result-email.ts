import { CATEGORIES, COUNTIES, ITEMS, SMI_CONFIGURATIONS, roCount, type Locale } from "@smi/questionnaire";
import type { RespondentResult } from "./respondent.types";

export interface ResultEmailContent {
  companyName: string;
  contactName: string | null;
  result: RespondentResult;
  configuration: string | null;
}

const number = (n: number, locale: Locale) =>
  new Intl.NumberFormat(locale === "ro" ? "ro-RO" : "en-GB", { maximumFractionDigits: 1 }).format(n);

const date = (d: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "ro" ? "ro-RO" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Bucharest",
  }).format(d);

const WORDS = {
  ro: {
    subject: (company: string) => `Rezultatul firmei ${company} în studiul SMI`,
    greeting: (name: string | null) => `Bună ziua${name ? `, ${name}` : ""},`,
    intro: (company: string, on: string) =>
      `Iată copia cerută a rezultatului firmei ${company} în studiul despre colaborarea dintre vânzări și marketing, trimis la ${on}.`,
    score: (total: number) => `Scorul: ${total} din 100`,
    category: (label: string, min: number, max: number) => `Categoria: ${label} (${min}–${max})`,
    configuration: (label: string) => `Configurația aleasă de dumneavoastră: ${label}`,
    lowest: "Afirmațiile cu care firma este cel mai puțin de acord:",
    comparison: (peers: number, county: string, mean: string, percentile: number) =>
      `În județul ${county}, scorul mediu al celorlalte ${roCount(peers, "firmă", "firme")} care au răspuns este ${mean}; scorul firmei dumneavoastră este mai mare decât al ${percentile}% dintre ele.`,
    why: "Primiți acest mesaj pentru că l-ați cerut pe pagina rezultatului. Nu conține niciun link: rezultatul este chiar în acest text.",
    closing: "Vă mulțumim,\nEchipa de cercetare SMI Survey",
  },
  en: {
    subject: (company: string) => `The SMI study result of ${company}`,
    greeting: (name: string | null) => `Dear ${name ?? "Sir or Madam"},`,
    intro: (company: string, on: string) =>
      `Here is the copy you asked for of the result of ${company} in the study of sales–marketing collaboration, submitted on ${on}.`,
    score: (total: number) => `Score: ${total} out of 100`,
    category: (label: string, min: number, max: number) => `Category: ${label} (${min}–${max})`,
    configuration: (label: string) => `The configuration you chose: ${label}`,
    lowest: "The statements the company agrees with least:",
    comparison: (peers: number, county: string, mean: string, percentile: number) =>
      `In ${county} county, the other ${peers} companies that answered score ${mean} on average; your company scores higher than ${percentile}% of them.`,
    why: "You receive this message because you asked for it on the result page. It contains no link: the result is in this text.",
    closing: "Thank you,\nThe SMI Survey research team",
  },
} as const;

/** The result page as plain text (the e-mail's HTML part is made from it), without any link. */
export function composeResultEmail(
  locale: Locale,
  { companyName, contactName, result, configuration }: ResultEmailContent,
): { subject: string; body: string } {
  const w = WORDS[locale];
  const category = CATEGORIES.find((c) => c.id === result.category)!;
  const chosen = SMI_CONFIGURATIONS.find((c) => c.id === configuration);
  const comparison = result.countyComparison;
  const paragraphs = [
    w.greeting(contactName),
    w.intro(companyName, date(result.submittedAt, locale)),
    [w.score(result.totalScore), w.category(category.label[locale], category.min, category.max)].join("\n"),
    category.description[locale],
    ...(chosen ? [`${w.configuration(chosen.label[locale])}\n${chosen.description[locale]}`] : []),
    ...(result.lowestItems.length
      ? [
          [
            w.lowest,
            ...result.lowestItems.map((id) => `- ${ITEMS.find((i) => i.id === id)?.statement[locale] ?? id}`),
          ].join("\n"),
        ]
      : []),
    ...(comparison?.available
      ? [
          w.comparison(
            comparison.peers,
            COUNTIES.find((c) => c.code === comparison.county)?.name ?? comparison.county,
            number(comparison.peerMeanScore!, locale),
            comparison.percentile!,
          ),
        ]
      : []),
    w.why,
    w.closing,
  ];
  return { subject: w.subject(companyName), body: paragraphs.join("\n\n") };
}

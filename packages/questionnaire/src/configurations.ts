import type { Localized } from "./locale";

/** The four marketing–sales interface configurations of Biemans, Makovec Brenčič & Malshe (2010). */
export const SMI_CONFIGURATION_IDS = [
  "hidden_marketing",
  "sales_driven_marketing",
  "living_apart_together",
  "marketing_sales_integration",
] as const;
export type SmiConfigurationId = (typeof SMI_CONFIGURATION_IDS)[number];

export function isSmiConfigurationId(x: unknown): x is SmiConfigurationId {
  return typeof x === "string" && (SMI_CONFIGURATION_IDS as readonly string[]).includes(x);
}

export interface SmiConfiguration {
  id: SmiConfigurationId;
  label: Localized;
  /** Written for a manager to recognise their own company, not as a literature summary. */
  description: Localized;
}

export const SMI_CONFIGURATIONS: readonly SmiConfiguration[] = [
  {
    id: "hidden_marketing",
    label: { ro: "Marketing ascuns", en: "Hidden marketing" },
    description: {
      ro: "Nu există un departament de marketing separat. Sarcinile de marketing se fac totuși, dar de către proprietar, directorul general sau chiar de agenții de vânzări, iar cea mai mare parte a activității strategice și zilnice ține de vânzare. Cum vânzările și marketingul nu sunt separate, nu e mult de coordonat, dar nici nu există cineva care să se ocupe doar de marketing.",
      en: "There is no separate marketing department. Marketing tasks still get done, but by the owner, the general manager or the salespeople themselves, and most strategic and day-to-day work is about selling. Because sales and marketing are not separated, there is little to coordinate, but nobody is dedicated to marketing either.",
    },
  },
  {
    id: "sales_driven_marketing",
    label: { ro: "Marketing condus de vânzări", en: "Sales-driven marketing" },
    description: {
      ro: "Un departament de marketing mic și relativ nou încearcă să-și găsească locul în firmă și își petrece cea mai mare parte a timpului sprijinind vânzările: broșuri, liste de prețuri, târguri, site-ul web, cereri venite de la agenții de vânzări. Vânzările stabilesc prioritățile, iar marketingul are un cuvânt redus în strategie.",
      en: "A small, fairly new marketing department is trying to find its place in the company and spends most of its time supporting Sales: brochures, price lists, trade fairs, the website, requests from salespeople. Sales sets the priorities, and Marketing has little say in strategy.",
    },
  },
  {
    id: "living_apart_together",
    label: { ro: "Împreună, dar separat", en: "Living apart together" },
    description: {
      ro: "Vânzările și marketingul sunt departamente separate, fiecare cu identitate proprie și cu roluri și responsabilități bine definite: marketingul elaborează strategia, vânzările o aplică în teren. Se coordonează prin ședințe și proceduri formale, dar le este greu să lucreze ca o singură echipă, iar agenții de vânzări văd adesea planurile de marketing ca fiind rupte de ceea ce vor clienții.",
      en: "Sales and Marketing are separate departments, each with its own identity and well-defined roles and responsibilities: Marketing develops the strategy and Sales carries it out in the field. They coordinate through formal meetings and procedures but find it hard to work as one team, and salespeople often see marketing plans as out of touch with what customers want.",
    },
  },
  {
    id: "marketing_sales_integration",
    label: { ro: "Integrarea marketingului cu vânzările", en: "Marketing–sales integration" },
    description: {
      ro: "Vânzările și marketingul colaborează, își împărtășesc liber informațiile și apreciază rolul pe care îl are fiecare în firmă. Planifică împreună, participă la deciziile celuilalt departament și urmăresc obiective comune, astfel încât clienții au de-a face cu o firmă unitară.",
      en: "Sales and Marketing work together, share information freely and value each other's role in the company. They plan together, take part in each other's decisions and pursue common goals, so customers deal with one consistent company.",
    },
  },
];

import type { Localized } from "./locale";

/** Kotler, Rackham & Krishnaswamy (2006), "Ending the war between sales & marketing", as used in the paper. */
export const CATEGORY_IDS = ["undefined", "defined", "aligned", "integrated"] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface Category {
  id: CategoryId;
  /** Inclusive bounds of the questionnaire total. */
  min: number;
  max: number;
  label: Localized;
  description: Localized;
}

export const CATEGORIES: readonly Category[] = [
  {
    id: "undefined",
    min: 20,
    max: 39,
    label: { ro: "Nedefinită", en: "Undefined" },
    description: {
      ro: "Marketingul și vânzările coexistă mai ales ca entități independente, fiecare preocupată de propriile activități și planuri. Procesele comune sunt puține, iar cele două echipe interacționează mai ales atunci când apar probleme.",
      en: "Marketing and Sales coexist mostly as independent entities, each preoccupied with its own activities and plans. There are few shared processes, and the two teams deal with each other mainly when problems arise.",
    },
  },
  {
    id: "defined",
    min: 40,
    max: 59,
    label: { ro: "Definită", en: "Defined" },
    description: {
      ro: "Cele două departamente mai degrabă se tolerează, iar procesele și regulile existente au rolul de a preveni conflictele. Încep să construiască un limbaj comun și colaborează la evenimentele importante, precum târgurile și conferințele cu clienții.",
      en: "The two units mostly tolerate each other, and processes and rules exist to prevent conflict. They are starting to build a common language and work together on major events such as trade shows and customer conferences.",
    },
  },
  {
    id: "aligned",
    min: 60,
    max: 79,
    label: { ro: "Aliniată", en: "Aligned" },
    description: {
      ro: "Între marketing și vânzări există o graniță clară, dar flexibilă. Fiecare departament înțelege rolul celuilalt, iar cele două colaborează în mod regulat.",
      en: "There is a clear but flexible boundary between Marketing and Sales. Each understands the other's role, and the two work together regularly.",
    },
  },
  {
    id: "integrated",
    min: 80,
    max: 100,
    label: { ro: "Integrată", en: "Integrated" },
    description: {
      ro: "Marketingul și vânzările lucrează împreună, iar granițele dintre ele sunt estompate. Au structuri și procese comune și dezvoltă și folosesc indicatori de performanță comuni.",
      en: "Marketing and Sales work together, and the boundaries between them are blurred. They share structures and processes, and develop and use shared metrics.",
    },
  },
];

/** The category of a questionnaire total (20 items × 1–5, so 20–100). */
export function categoryOf(total: number): Category {
  const category = Number.isInteger(total)
    ? CATEGORIES.find((c) => total >= c.min && total <= c.max)
    : undefined;
  if (!category)
    throw new RangeError(`A questionnaire total must be an integer from 20 to 100; got ${total}.`);
  return category;
}

import type { Localized } from "../locale";
import type { ConsistencyRuleId } from "./consistency-rules";

export interface ConsistencyRuleText {
  /** Short name, for filters and value labels. */
  label: Localized;
  /** Which two answers contradict each other, and why. */
  rule: Localized;
  /** What the instrument does about it. */
  handling: Localized;
}

const CONFIRMED: Localized = {
  ro: "Respondentul vede contradicția explicată și poate modifica oricare dintre cele două răspunsuri sau le poate confirma pe amândouă; numai după confirmare se salvează pasul, iar răspunsul primește indicatorul.",
  en: "The respondent sees the contradiction explained and may change either answer or confirm both; the step is saved only after that confirmation, and the response gets the flag.",
};

/** For researchers (codebook, dashboard); the respondent's page words the conflict in its own, plainer text. */
export const CONSISTENCY_RULES_TEXT: Readonly<Record<ConsistencyRuleId, ConsistencyRuleText>> = {
  dept_vs_hidden_marketing: {
    label: {
      ro: "Departament de marketing și „marketing ascuns”",
      en: "Marketing department and “hidden marketing”",
    },
    rule: {
      ro: "Profilul spune că firma are un departament de marketing distinct (condiția de includere în populație), dar configurația aleasă este „marketing ascuns”, care descrie o firmă fără departament de marketing separat.",
      en: "The profile says the company has a distinct marketing department (required by the study population), but the configuration chosen is “hidden marketing”, which describes a company without a separate marketing department.",
    },
    handling: {
      ro: `Am ales să păstrăm configurația „marketing ascuns” printre opțiuni: o firmă cu un departament mic și fără rol propriu se poate recunoaște în ea. ${CONFIRMED.ro} Analizele de sensibilitate pot exclude aceste răspunsuri cu filtrul de consistență.`,
      en: `We chose to keep “hidden marketing” among the options: a company with a small department that has no role of its own may recognise itself in it. ${CONFIRMED.en} Sensitivity analyses can leave these responses out with the consistency filter.`,
    },
  },
  new_customers_vs_closings: {
    label: { ro: "Clienți noi și vânzări încheiate", en: "New customers and sales closings" },
    rule: {
      ro: "Numărul clienților noi din ultimele 12 luni este mai mare decât numărul vânzărilor încheiate în aceeași perioadă, deși fiecare client nou a cumpărat cel puțin o dată.",
      en: "The number of new customers in the last 12 months is greater than the number of sales closed in the same period, although every new customer bought at least once.",
    },
    handling: CONFIRMED,
  },
  gross_profit_vs_turnover: {
    label: { ro: "Profit brut pe client și cifra de afaceri", en: "Gross profit per customer and turnover" },
    rule: {
      ro: "Profitul brut mediu pe client înmulțit cu numărul clienților noi (cel puțin unul) depășește cifra de afaceri anuală din profil, deși profitul brut nu poate depăși vânzările. Cifra de afaceri se referă la ultimul an, indicatorii la ultimele 12 luni, de aceea regula semnalează, nu respinge.",
      en: "The average gross profit per customer times the number of new customers (at least one) is above the annual turnover given in the profile, although gross profit cannot exceed sales. The turnover is the last year's and the indicators cover the last 12 months, so the rule flags rather than rejects.",
    },
    handling: CONFIRMED,
  },
};

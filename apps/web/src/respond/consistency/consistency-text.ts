import type { ConsistencyRuleId, Locale } from "@smi/questionnaire";

type ConsistencyText = {
  readonly title: string;
  readonly rules: Readonly<Record<ConsistencyRuleId, string>>;
  readonly question: string;
  readonly changeHere: string;
  readonly changeOn: {
    readonly profile: string;
    readonly performance: string;
    readonly configuration: string;
  };
  readonly confirm: string;
};

/**
 * Two answers that cannot both be true (rules of @smi/questionnaire), worded for the respondent. Both languages
 * travel in the step checks' chunk, which few respondents ever need to show.
 */
export const CONSISTENCY_TEXT: Readonly<Record<Locale, ConsistencyText>> = {
  ro: {
    title: "Două răspunsuri nu se potrivesc",
    rules: {
      dept_vs_hidden_marketing:
        "Ați spus că firma are un departament de marketing distinct, dar descrierea aleasă, „Marketing ascuns”, este cea a unei firme fără un departament de marketing separat.",
      new_customers_vs_closings:
        "Ați indicat mai mulți clienți noi decât vânzări încheiate, deși fiecare client nou a cumpărat cel puțin o dată în ultimele 12 luni.",
      gross_profit_vs_turnover:
        "Profitul brut pe client înmulțit cu numărul clienților noi depășește cifra de afaceri anuală din datele firmei, deși profitul brut nu poate fi mai mare decât vânzările.",
    },
    question:
      "Puteți corecta oricare dintre cele două răspunsuri. Dacă amândouă sunt corecte, confirmați-le și continuați.",
    changeHere: "Corectez pe această pagină",
    changeOn: {
      profile: "Corectez datele firmei",
      performance: "Corectez indicatorii de performanță",
      configuration: "Aleg altă descriere",
    },
    confirm: "Ambele răspunsuri sunt corecte, continui",
  },
  en: {
    title: "Two answers do not match",
    rules: {
      dept_vs_hidden_marketing:
        "You said the company has a distinct marketing department, but the description you chose, “Hidden marketing”, is that of a company without a separate marketing department.",
      new_customers_vs_closings:
        "You gave more new customers than sales closed, although every new customer bought at least once in the last 12 months.",
      gross_profit_vs_turnover:
        "The gross profit per customer times the number of new customers is more than the annual turnover in the company details, although gross profit cannot be more than sales.",
    },
    question: "You can correct either answer. If both are right, confirm them and continue.",
    changeHere: "Correct it on this page",
    changeOn: {
      profile: "Correct the company details",
      performance: "Correct the performance figures",
      configuration: "Choose another description",
    },
    confirm: "Both answers are right, continue",
  },
};

import type { Messages } from "./messages";

export const ro: Messages = {
  app: {
    name: "Studiul SMI",
    skipToContent: "Salt la conținut",
    languageSwitch: "Limba",
    loading: "Se încarcă…",
  },
  landing: {
    title: "Integrarea vânzărilor cu marketingul în IMM-urile din vestul României",
    lead: "Un studiu academic despre cât de bine lucrează împreună echipele de vânzări și de marketing în întreprinderile mici și mijlocii.",
    whoHeading: "Cine face studiul",
    who: "O echipă de cercetători care studiază integrarea vânzărilor cu marketingul (SMI) în IMM-urile din vestul României.",
    whatHeading: "Ce vă cerem",
    what: "Un chestionar cu 20 de afirmații despre colaborarea dintre vânzări și marketing în firma dumneavoastră. Se completează în câteva minute, și de pe telefon.",
    basisHeading: "Pe ce se bazează",
    basis:
      "Chestionarul este adaptat după cel propus de Philip Kotler, Neil Rackham și Suj Krishnaswamy (2006, „Ending the War Between Sales and Marketing”, Harvard Business Review). Răspunsurile sunt analizate doar agregat, în scop științific.",
    invitedHeading: "Ați primit o invitație?",
    invited: "Folosiți linkul personal din e-mail: vă duce direct la chestionar, fără cont și fără parolă.",
    researchersLink: "Spațiul de lucru al cercetătorilor",
  },
  status: {
    checking: "Se verifică serverul…",
    ok: (version) => `Server funcțional · versiunea ${version}`,
    degraded: (version) => `Server cu probleme · versiunea ${version}`,
    unreachable: "Serverul nu răspunde momentan.",
  },
  notFound: {
    title: "Pagina nu există",
    body: "Adresa nu corespunde niciunei pagini. Dacă ați venit dintr-un e-mail, verificați că linkul este complet.",
    home: "Înapoi la pagina principală",
  },
};

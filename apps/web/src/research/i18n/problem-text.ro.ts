import { roCount } from "@smi/questionnaire";
import { figure, indicatorOf, param, type ProblemParams, type ProblemText } from "./problem-words";

const quoted = (p: ProblemParams) => (p.value ? `„${param(p, "value")}”: ` : "");

export const problemTextRo: ProblemText = {
  CSV_EMPTY: () => "Fișierul este gol.",
  CSV_UNCLOSED_QUOTE: () =>
    "Fișierul nu poate fi citit: o celulă începe cu ghilimele care nu se mai închid. Verificați rândul indicat.",
  CSV_BAD_QUOTE: () =>
    'Fișierul nu poate fi citit: ghilimelele din interiorul unei celule trebuie dublate ("") sau celula pusă între ghilimele.',
  CSV_MALFORMED: () => "Fișierul nu este un CSV valid de la rândul indicat; salvați-l din nou ca CSV UTF-8.",
  TOO_MANY_ROWS: (p) =>
    `Fișierul are mai mult de ${roCount(figure(p, "max"), "rând", "rânduri")}; importați cel mult ${figure(p, "max")} odată.`,
  UNKNOWN_COLUMN: (p) => `Coloana „${param(p, "column")}” nu este cunoscută; este ignorată.`,
  MISSING_COLUMN: (p) => `Lipsește coloana obligatorie „${param(p, "column")}”.`,
  NOT_A_NUMBER: (p) => `${quoted(p)}nu este un număr.`,
  NOT_A_BOOLEAN: (p) => `${quoted(p)}scrieți da/nu (sau true/false).`,
  DUPLICATE_KEY: (p) => `Aceeași valoare ca pe rândul ${figure(p, "row")}.`,
  REQUIRED: () => "Câmpul este obligatoriu.",
  TOO_LONG: (p) => `Cel mult ${roCount(figure(p, "max"), "caracter", "caractere")}.`,
  INVALID_CUI: (p) => `${quoted(p)}nu este un CUI valid; verificați cifrele (ultima este cifra de control).`,
  UNKNOWN_COUNTY: (p) =>
    `${quoted(p)}alegeți unul dintre cele șapte județe ale studiului (MM, SM, SJ, CJ, BH, AR, TM).`,
  INVALID_CAEN: () => "Trebuie să fie o clasă CAEN Rev. 2 din 4 cifre, de exemplu 4690.",
  NOT_A_HEADCOUNT: () => "Trebuie să fie un număr întreg, cel puțin 0.",
  NOT_AN_AMOUNT: () => "Trebuie să fie o sumă în euro, cel puțin 0.",
  INVALID_EMAIL: (p) => `${quoted(p)}nu este o adresă de e-mail.`,
  CUI_TAKEN: () => "Acest CUI aparține deja altei firme.",
  ERASED_COMPANY: () => "Datele acestei firme au fost șterse la cerere; rândul este omis.",
  ALREADY_HERE: () => "Acest răspuns este deja în baza de date (a fost exportat de aici); rândul este omis.",
  UNKNOWN_CONFIGURATION: (p) => `${quoted(p)}nu este una dintre cele patru configurații.`,
  ANSWER_MISSING_ITEM: () => "Lipsește răspunsul la această afirmație.",
  ANSWER_NOT_AN_INTEGER: () => "Răspunsul trebuie să fie un număr întreg de la 1 la 5.",
  ANSWER_OUT_OF_RANGE: () => "Răspunsul trebuie să fie de la 1 la 5.",
  INDICATOR_NOT_A_NUMBER: (p) => `${indicatorOf(p, "ro").label}: nu este un număr.`,
  INDICATOR_NOT_AN_INTEGER: (p) => `${indicatorOf(p, "ro").label}: trebuie să fie un număr întreg.`,
  INDICATOR_OUT_OF_RANGE: (p) => {
    const i = indicatorOf(p, "ro");
    return `${i.label}: trebuie să fie între ${i.min} și ${i.max}.`;
  },
  TEXT_EMPTY: () => "Textul nu poate fi gol.",
  UNKNOWN_PLACEHOLDER: (p) =>
    `Substituentul ${param(p, "placeholder")} nu există; folosiți ${param(p, "known")}.`,
  MISSING_LINK: () => "Textul trebuie să conțină {{link}}, linkul personal al respondentului.",
  SUBJECT_MULTILINE: () => "Subiectul trebuie să fie pe un singur rând.",
};

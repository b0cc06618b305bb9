import { roCount } from "@smi/questionnaire";
import { indicatorOf, type ProblemText } from "./problem-words";

/** `„12x”: ` before a problem that quotes the offending text, else nothing. */
const quoted = (value: string | undefined) => (value ? `„${value}”: ` : "");
/** The sentence as it is, or after the quoted value with a lower-case start. */
const about = (value: string | undefined, sentence: string) =>
  value ? `${quoted(value)}${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence;
const characters = (n: number) => roCount(n, "caracter", "caractere");
const dayOf = (iso: string) => new Date(iso).toLocaleDateString("ro-RO");

export const problemTextRo: ProblemText = {
  CSV_EMPTY: () => "Fișierul este gol.",
  CSV_UNCLOSED_QUOTE: () =>
    "Fișierul nu poate fi citit: o celulă începe cu ghilimele care nu se mai închid. Verificați rândul indicat.",
  CSV_BAD_QUOTE: () =>
    'Fișierul nu poate fi citit: ghilimelele din interiorul unei celule trebuie dublate ("") sau celula pusă între ghilimele.',
  CSV_MALFORMED: () => "Fișierul nu este un CSV valid de la rândul indicat; salvați-l din nou ca CSV UTF-8.",
  TOO_MANY_ROWS: ({ max }) =>
    `Fișierul are mai mult de ${roCount(max, "rând", "rânduri")}; importați cel mult ${max} odată.`,
  UNKNOWN_COLUMN: ({ column }) => `Coloana „${column}” nu este cunoscută; este ignorată.`,
  MISSING_COLUMN: ({ column }) => `Lipsește coloana obligatorie „${column}”.`,
  NOT_A_NUMBER: ({ value }) => about(value, "Nu este un număr."),
  NOT_A_BOOLEAN: ({ value }) => about(value, "Scrieți da/nu (sau true/false)."),
  DUPLICATE_KEY: ({ row }) => `Aceeași valoare ca pe rândul ${row}.`,
  INVALID_CUI: ({ value }) =>
    about(value, "Nu este un CUI valid; verificați cifrele (ultima este cifra de control)."),
  UNKNOWN_COUNTY: ({ value }) =>
    about(value, "Alegeți unul dintre cele șapte județe ale studiului (MM, SM, SJ, CJ, BH, AR, TM)."),
  INVALID_CAEN: () => "Trebuie să fie o clasă CAEN Rev. 2 din 4 cifre, de exemplu 4690.",
  NOT_A_HEADCOUNT: ({ max }) =>
    max === undefined
      ? "Trebuie să fie un număr întreg, cel puțin 0."
      : `Trebuie să fie un număr întreg, de la 0 la ${max}.`,
  NOT_AN_AMOUNT: () => "Trebuie să fie o sumă în euro, cel puțin 0.",
  INVALID_EMAIL: ({ value }) => about(value, "Nu este o adresă de e-mail."),
  CUI_TAKEN: () => "Acest CUI aparține deja altei firme.",
  ERASED_COMPANY: () => "Datele acestei firme au fost șterse la cerere; rândul este omis.",
  ALREADY_HERE: () => "Acest răspuns este deja în baza de date (a fost exportat de aici); rândul este omis.",
  UNKNOWN_CONFIGURATION: ({ value }) => about(value, "Nu este una dintre cele patru configurații."),
  REQUIRED: () => "Câmpul trebuie completat.",
  TOO_LONG: ({ max }) => `Cel mult ${characters(max)}.`,
  LENGTH: ({ min, max }) => `Între ${min} și ${characters(max)}.`,
  TOO_SMALL: ({ min }) => `Cel puțin ${min}.`,
  TOO_LARGE: ({ max }) => `Cel mult ${max}.`,
  NOT_AN_INTEGER: () => "Trebuie să fie un număr întreg.",
  OUT_OF_RANGE: ({ min, max }) =>
    min !== undefined && max !== undefined
      ? `Trebuie să fie între ${min} și ${max}.`
      : "Valoarea este în afara limitelor.",
  NOT_ONE_OF: ({ allowed }) => `Alegeți una dintre valorile: ${allowed}.`,
  INVALID_VALUE: () => "Valoarea nu este validă.",
  ONE_LINE: () => "Scrieți pe un singur rând.",
  UNSTORABLE_TEXT: () =>
    "Textul conține un caracter care nu poate fi salvat; scrieți-l din nou, fără să-l copiați.",
  LIST_EMPTY: () => "Alegeți cel puțin unul.",
  TOO_MANY_ITEMS: ({ max }) => `Cel mult ${max} odată.`,
  NOT_AN_ID: ({ value }) => about(value, "Nu este un identificator valid."),
  UNKNOWN_ID: ({ value }) => `Nu (mai) există nimic cu identificatorul ${value}.`,
  GIVEN_TWICE: () => "Este dat de două ori.",
  NOT_BOTH: ({ other }) => `Completați fie acest câmp, fie ${other}, nu pe amândouă.`,
  MUST_DIFFER: ({ other }) => `Trebuie să difere de ${other}.`,
  UNKNOWN_SIZE_CLASS: ({ value }) => about(value, "Alegeți micro, mică, mijlocie sau mare."),
  UNKNOWN_CONSISTENCY_RULE: ({ value }) => about(value, "Nu este una dintre verificările de consecvență."),
  UNKNOWN_ACTION: () => "Una dintre acțiunile alese nu este cunoscută.",
  UNKNOWN_OUTCOME: ({ value }) => about(value, "Nu este un rezultat: alegeți scorul total sau un indicator."),
  NOT_IN_RESULTS: () => "Această analiză salvată nu conține tabelul cerut; rulați-o din nou.",
  LIVE_RUNS_ONLY: () => "Doar o analiză curentă are scorurile individuale; rulați-o din nou.",
  NOT_A_DATE: () => "Nu este o dată validă.",
  NOT_IN_FUTURE: () => "Data trebuie să fie în viitor.",
  IN_FUTURE: () => "Data este în viitor.",
  BEFORE_START: () => "Sfârșitul trebuie să fie după început.",
  SEND_TIME_OUT_OF_RANGE: ({ maxDays }) =>
    `Alegeți un moment din viitor, cel mult peste ${roCount(maxDays, "zi", "zile")}.`,
  EXPIRY_BEFORE_SEND: () => "Linkurile trebuie să expire după ora trimiterii.",
  NO_EXPIRY_TO_EXTEND: () => "Linkul nu are dată de expirare: funcționează până când este revocat.",
  NOT_AFTER_CURRENT_EXPIRY: ({ current }) =>
    `Noua dată trebuie să fie după expirarea actuală (${dayOf(current)}).`,
  MONTHS_OUT_OF_RANGE: ({ min, max }) => `Un număr întreg de luni, între ${min} și ${max}.`,
  EMAIL_TAKEN: () => "Există deja un cont cu această adresă.",
  LAST_ADMINISTRATOR: () => "Este ultimul administrator activ; numiți mai întâi un alt administrator.",
  WRONG_PASSWORD: () => "Parola nu este corectă.",
  PASSWORD_TOO_SHORT: ({ min }) => `Prea scurtă: folosiți cel puțin ${characters(min)}.`,
  PASSWORD_TOO_LONG: ({ max }) => `Prea lungă: folosiți cel mult ${characters(max)}.`,
  PASSWORD_COMMON: () =>
    "Această parolă se numără printre cele mai folosite parole apărute în scurgeri de date, deci se ghicește ușor. Alegeți alta.",
  TEXT_EMPTY: () => "Textul nu poate fi gol.",
  UNKNOWN_PLACEHOLDER: ({ placeholder, known }) =>
    `Substituentul ${placeholder} nu există; folosiți ${known}.`,
  MISSING_LINK: () => "Textul trebuie să conțină {{link}}, linkul personal al respondentului.",
  SUBJECT_MULTILINE: () => "Subiectul trebuie să fie pe un singur rând.",
  NO_CONTACT_EMAIL: () => "Firma nu are o adresă de e-mail de contact.",
  NOT_SUBMITTED: () => "Chestionarul nu a fost trimis încă.",
  RESULT_EMAIL_LIMIT: ({ max }) =>
    `Rezultatul a fost deja trimis prin e-mail de ${roCount(max, "dată", "ori")}, cât permite un link.`,
  ALREADY_EXCLUDED: () => "Acest răspuns este deja exclus din analize.",
  NOT_EXCLUDED: () => "Acest răspuns nu este exclus, deci nu are ce fi inclus din nou.",
  ANSWER_NOT_AN_OBJECT: () => "Răspunsurile nu au forma așteptată.",
  ANSWER_UNKNOWN_ITEM: () => "Această afirmație nu există.",
  ANSWER_MISSING_ITEM: () => "Lipsește răspunsul la această afirmație.",
  ANSWER_NOT_AN_INTEGER: () => "Răspunsul trebuie să fie un număr întreg de la 1 la 5.",
  ANSWER_OUT_OF_RANGE: () => "Răspunsul trebuie să fie de la 1 la 5.",
  INDICATOR_NOT_AN_OBJECT: () => "Cifrele nu au forma așteptată.",
  INDICATOR_UNKNOWN_INDICATOR: ({ indicator }) =>
    `„${indicator}” nu este unul dintre indicatorii de performanță.`,
  INDICATOR_NOT_A_NUMBER: ({ indicator }) => `${indicatorOf(indicator, "ro").label}: nu este un număr.`,
  INDICATOR_NOT_AN_INTEGER: ({ indicator }) =>
    `${indicatorOf(indicator, "ro").label}: trebuie să fie un număr întreg.`,
  INDICATOR_OUT_OF_RANGE: ({ indicator }) => {
    const i = indicatorOf(indicator, "ro");
    return `${i.label}: trebuie să fie între ${i.min} și ${i.max}.`;
  },
};

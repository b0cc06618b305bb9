import { roCount, type Locale } from "@smi/questionnaire";

/**
 * The "keep a copy" section's own text, in its lazy chunk: the respondent's first download stays within budget, and
 * only those who reach the result load it.
 */
export const KEEP_COPY_TEXT: Record<
  Locale,
  {
    keepHeading: string;
    print: string;
    printHint: string;
    email: string;
    emailHint: string;
    emailSending: string;
    emailSent: string;
    emailLimit: (max: number) => string;
    emailNoContact: string;
    emailFailed: string;
  }
> = {
  ro: {
    keepHeading: "Păstrați o copie",
    print: "Tipăriți sau salvați ca PDF",
    printHint:
      "Rezultatul încape pe o pagină A4. Pentru un fișier PDF, alegeți „Salvare ca PDF” drept imprimantă în fereastra de tipărire.",
    email: "Trimiteți-mi rezultatul pe e-mail",
    emailHint:
      "Îl trimitem la adresa de contact a firmei, cea la care a sosit invitația. Mesajul conține chiar rezultatul, fără niciun link.",
    emailSending: "Se trimite…",
    emailSent: "Rezultatul a plecat spre adresa de contact a firmei; poate ajunge în câteva minute.",
    emailLimit: (max) =>
      `Rezultatul a fost deja trimis ${max === 1 ? "o dată" : `de ${roCount(max, "dată", "ori")}`}, de câte ori poate cere un link. Îl puteți tipări sau salva ca PDF.`,
    emailNoContact:
      "Nu avem o adresă de contact pentru firmă, așa că rezultatul nu poate fi trimis pe e-mail. Îl puteți tipări sau salva ca PDF.",
    emailFailed: "Rezultatul nu a putut fi trimis acum. Încercați din nou peste puțin timp.",
  },
  en: {
    keepHeading: "Keep a copy",
    print: "Print or save as PDF",
    printHint:
      "The result fits on one A4 page. To get a PDF file, choose “Save as PDF” as the printer in the print window.",
    email: "E-mail me the result",
    emailHint:
      "We send it to the company's contact address the invitation went to. The message contains the result itself, no link.",
    emailSending: "Sending…",
    emailSent:
      "The result is on its way to the company's contact address; it may take a few minutes to arrive.",
    emailLimit: (max) =>
      `The result has already been e-mailed ${max === 1 ? "once" : `${max} times`}, as often as one link may ask. Print it or save it as PDF instead.`,
    emailNoContact:
      "We have no contact address for the company, so the result cannot be e-mailed. Print it or save it as PDF instead.",
    emailFailed: "The result could not be sent just now. Please try again in a moment.",
  },
};

import { roCount } from "@smi/questionnaire";
import { day, dayTime, figure, shortId, type AuditText } from "./audit-words";

const list = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} și ${items.at(-1)}`;

const TEMPLATES_RO: Record<string, string> = {
  invitation: "invitația",
  reminder: "primul memento",
  reminder_2: "al doilea memento",
};

export const auditTextRo: AuditText = {
  system: "Sistemul",
  object: (type, name, id) => {
    switch (type) {
      case "COMPANY":
      case "INVITATION":
        return name ? `firma ${name}` : `firma ștearsă ${shortId(id)}`;
      case "ACCOUNT":
        return name ? `contul lui ${name}` : `contul șters ${shortId(id)}`;
      case "ANALYSIS":
        return name ? `analiza „${name}”` : `analiza ștearsă ${shortId(id)}`;
      case "EMAIL_TEMPLATE":
        return `șablonul de e-mail ${id}`;
      case "RESPONSE":
        return `răspunsul ${shortId(id)}`;
    }
  },
  companies: (n, names, counties) => {
    if (n === 0) return "nicio firmă";
    if (n === 1) return names[0] ?? "o firmă";
    if (counties.length === 0) return roCount(n, "firmă", "firme");
    return counties.length <= 3
      ? `${roCount(n, "firmă", "firme")} din ${list(counties)}`
      : `${roCount(n, "firmă", "firme")} din ${counties.length} județe`;
  },
  actionNames: {
    ACCOUNT_SIGN_IN: "Autentificare",
    ACCOUNT_CHANGE_PASSWORD: "Schimbare de parolă",
    ACCOUNT_CREATE: "Cont nou",
    ACCOUNT_UPDATE: "Modificare de cont",
    ACCOUNT_UNLOCK: "Autentificare deblocată",
    COMPANY_CREATE: "Firmă nouă",
    COMPANY_UPDATE: "Firmă modificată",
    COMPANY_IMPORT: "Import de firme",
    COMPANY_ERASE: "Ștergere (GDPR)",
    COMPANY_EXPORT: "Export la cerere de acces (GDPR)",
    COMPANY_PSEUDONYMISE_CONTACTS: "Contacte pseudonimizate",
    INVITATION_CREATE: "Invitații trimise",
    INVITATION_REVOKE: "Invitație revocată",
    INVITATION_REISSUE_LINK: "Link personal nou",
    INVITATION_REINVITE: "Invitată din nou",
    INVITATION_EXTEND_EXPIRY: "Link prelungit",
    SEND_SCHEDULE: "Trimitere programată",
    SEND_SCHEDULE_CANCEL: "Trimitere programată anulată",
    EMAIL_SEND_TEST: "E-mail de test",
    PERSONAL_DATA_READ: "Date personale consultate",
    ACCOUNT_SIGN_IN_FAILURE: "Autentificare eșuată",
    ACCOUNT_SIGN_OUT: "Deconectare",
    ACCOUNT_PASSWORD_RESET_REQUEST: "Resetare de parolă cerută",
    ACCOUNT_PASSWORD_RESET: "Parolă resetată",
    ACCOUNT_PASSWORD_SET: "Parolă aleasă",
    ACCOUNT_SETUP_LINK_SEND: "Link de alegere a parolei trimis",
    REMINDER_SEND: "Mementouri trimise",
    RESPONSE_IMPORT: "Import de răspunsuri",
    RESPONSE_TEST_START: "Chestionar încercat (mod test)",
    RESPONSE_TEST_DELETE: "Răspunsuri de test șterse",
    RESPONSE_EXCLUDE: "Răspuns exclus",
    RESPONSE_INCLUDE: "Răspuns inclus din nou",
    TEMPLATE_UPDATE: "Șablon de e-mail modificat",
    EXPORT_DOWNLOAD: "Export de date",
    ANALYSIS_SAVE: "Analiză salvată",
    AUDIT_EXPORT: "Jurnal de audit descărcat",
    STUDY_SETTINGS_UPDATE: "Setările studiului modificate",
  },
  objectTypes: {
    COMPANY: "Firmă",
    ACCOUNT: "Cont",
    INVITATION: "Invitație",
    RESPONSE: "Răspuns",
    EMAIL_TEMPLATE: "Șablon de e-mail",
    ANALYSIS: "Analiză",
  },
  sentences: {
    ACCOUNT_SIGN_IN: (w) => `${w.actor} s-a autentificat`,
    ACCOUNT_CHANGE_PASSWORD: (w) => `${w.actor} și-a schimbat parola`,
    ACCOUNT_CREATE: (w) => `${w.actor} a creat ${w.subject}`,
    ACCOUNT_UNLOCK: (w) => `${w.actor} a deblocat autentificarea pentru ${w.subject}`,
    ACCOUNT_UPDATE: (w) =>
      `${w.actor} a modificat ${w.subject}${w.details.disabled === true ? " și l-a dezactivat" : w.details.disabled === false ? " și l-a reactivat" : ""}`,
    COMPANY_CREATE: (w) => `${w.actor} a adăugat ${w.subject}`,
    COMPANY_UPDATE: (w) => `${w.actor} a modificat datele despre ${w.subject}`,
    COMPANY_IMPORT: (w) =>
      `${w.actor} a importat o listă de firme: ${roCount(figure(w.details.created), "firmă nouă", "firme noi")}, ${roCount(figure(w.details.updated), "actualizată", "actualizate")}`,
    COMPANY_ERASE: (w) =>
      `${w.actor} a șters datele de contact pentru ${w.subject}${figure(w.details.responsesDeleted) ? `, cu ${roCount(figure(w.details.responsesDeleted), "răspuns", "răspunsuri")}` : ""}`,
    COMPANY_EXPORT: (w) => `${w.actor} a descărcat toate datele deținute despre ${w.subject}`,
    COMPANY_PSEUDONYMISE_CONTACTS: (w) =>
      `${w.actor} a pseudonimizat contactele pentru ${roCount(figure(w.details.companies), "firmă", "firme")}`,
    INVITATION_CREATE: (w) => `${w.actor} a trimis invitații către ${w.companies}`,
    INVITATION_REVOKE: (w) => `${w.actor} a revocat invitația trimisă către ${w.companies}`,
    INVITATION_REINVITE: (w) =>
      `${w.actor} a invitat din nou ${w.companies}, după o invitație revocată sau refuzată: ${String(w.details.reason ?? "")}`,
    INVITATION_REISSUE_LINK: (w) =>
      `${w.actor} a emis un link personal nou pentru ${w.companies} (${w.details.delivery === "shown" ? "afișat o dată" : "trimis pe e-mail"}): ${String(w.details.reason ?? "")}`,
    INVITATION_EXTEND_EXPIRY: (w) =>
      `${w.actor} a prelungit linkul trimis către ${w.companies} până la ${day(w.details.after, "ro-RO")}: ${String(w.details.reason ?? "")}`,
    SEND_SCHEDULE: (w) =>
      `${w.actor} a programat ${w.details.kind === "reminder" ? "mementouri" : "invitații"} către ${w.companies} pentru ${dayTime(w.details.sendAt, "ro-RO")}`,
    SEND_SCHEDULE_CANCEL: (w) =>
      `${w.actor} a anulat ${w.details.kind === "reminder" ? "mementourile programate" : "invitațiile programate"} către ${w.companies}`,
    EMAIL_SEND_TEST: (w) =>
      `${w.actor} și-a trimis un e-mail de test (${TEMPLATES_RO[String(w.details.template)] ?? String(w.details.template)}, ${String(w.details.locale ?? "").toUpperCase()})`,
    PERSONAL_DATA_READ: (w) => `${w.actor} a consultat date personale despre ${w.companies}`,
    ACCOUNT_SIGN_IN_FAILURE: (w) => `Autentificare eșuată pentru ${w.subject}`,
    ACCOUNT_SIGN_OUT: (w) => `${w.actor} s-a deconectat`,
    ACCOUNT_PASSWORD_RESET_REQUEST: (w) => `S-a cerut un link de resetare a parolei pentru ${w.subject}`,
    ACCOUNT_PASSWORD_RESET: (w) => `${w.actor} și-a resetat parola cu linkul primit pe e-mail`,
    ACCOUNT_PASSWORD_SET: (w) => `${w.actor} și-a ales parola cu linkul primit pe e-mail`,
    ACCOUNT_SETUP_LINK_SEND: (w) => `${w.actor} a trimis un link de alegere a parolei către ${w.subject}`,
    REMINDER_SEND: (w) => `${w.actor} a trimis mementouri către ${w.companies}`,
    RESPONSE_IMPORT: (w) =>
      `${w.actor} a importat răspunsuri: ${roCount(figure(w.details.created), "nou", "noi")}, ${roCount(figure(w.details.updated), "actualizat", "actualizate")}`,
    RESPONSE_TEST_START: (w) => `${w.actor} a deschis un link de test pentru a încerca chestionarul`,
    RESPONSE_TEST_DELETE: (w) =>
      `${w.actor} a șters răspunsurile de test: ${roCount(figure(w.details.tries), "încercare", "încercări")}, dintre care ${roCount(figure(w.details.submitted), "trimisă", "trimise")}`,
    RESPONSE_EXCLUDE: (w) =>
      `${w.actor} a exclus ${w.subject} (${w.companies}) din analize: ${String(w.details.reason ?? "")}`,
    RESPONSE_INCLUDE: (w) =>
      `${w.actor} a inclus din nou ${w.subject} (${w.companies}) în analize${w.details.reason ? `: ${String(w.details.reason)}` : ""}`,
    TEMPLATE_UPDATE: (w) => `${w.actor} a modificat ${w.subject}`,
    EXPORT_DOWNLOAD: (w) =>
      `${w.actor} a descărcat ${String(w.details.file ?? "un export")}${typeof w.details.rows === "number" ? ` (${roCount(w.details.rows, "rând", "rânduri")})` : ""}`,
    ANALYSIS_SAVE: (w) => `${w.actor} a salvat ${w.subject}`,
    AUDIT_EXPORT: (w) =>
      `${w.actor} a descărcat jurnalul de audit (${roCount(figure(w.details.rows), "intrare", "intrări")})`,
    STUDY_SETTINGS_UPDATE: (w) =>
      `${w.actor} a modificat setările studiului (${roCount(Array.isArray(w.details.fields) ? w.details.fields.length : 0, "câmp", "câmpuri")})`,
  },
};

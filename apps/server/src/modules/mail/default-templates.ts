import { ITEMS, roCount, type Locale } from "@smi/questionnaire";
import type { TemplateKind } from "./email-kind";

/**
 * The texts seeded by the Mail migration, and used when a template row is missing. Researchers edit the stored
 * copies in the app (updateEmailTemplate).
 */
export const DEFAULT_TEMPLATES: ReadonlyArray<{
  kind: TemplateKind;
  locale: Locale;
  subject: string;
  body: string;
}> = [
  {
    kind: "invitation",
    locale: "ro",
    subject: "Invitație: studiu despre colaborarea dintre vânzări și marketing – {{company}}",
    body: `Bună ziua, {{contactName}},

Vă invităm să participați, în numele firmei {{company}}, la un studiu universitar despre integrarea activităților de vânzări și marketing în IMM-urile din vestul României.

Chestionarul are ${roCount(ITEMS.length, "afirmație", "afirmații")} și durează aproximativ 10 minute; îl puteți completa și de pe telefon. Răspunsurile sunt confidențiale și sunt folosite doar în formă agregată, în scop de cercetare.

Linkul dumneavoastră personal:
{{link}}

Linkul este valabil până la: {{deadline}}. Vă rugăm să nu îl transmiteți în afara firmei.

La final veți vedea imediat profilul firmei dumneavoastră comparat cu cele patru configurații descrise în literatura de specialitate.

Vă mulțumim,
Echipa de cercetare SMI Survey`,
  },
  {
    kind: "invitation",
    locale: "en",
    subject: "Invitation: a study of sales–marketing collaboration – {{company}}",
    body: `Dear {{contactName}},

We would like to invite {{company}} to take part in a university study of how sales and marketing work together in small and medium-sized enterprises of western Romania.

The questionnaire has ${ITEMS.length} statements and takes about 10 minutes; it works on a phone too. Answers are confidential and used only in aggregate, for research.

Your personal link:
{{link}}

The link is valid until: {{deadline}}. Please do not share it outside your company.

At the end you will immediately see your company's profile compared with the four configurations described in the literature.

Thank you,
The SMI Survey research team`,
  },
  {
    kind: "reminder",
    locale: "ro",
    subject: "Reamintire: chestionarul SMI pentru {{company}}",
    body: `Bună ziua, {{contactName}},

Vă scriem din nou în legătură cu studiul despre colaborarea dintre vânzări și marketing, la care firma {{company}} a fost invitată. Dacă ați completat deja chestionarul, vă mulțumim și vă rugăm să ignorați acest mesaj.

Durează aproximativ 10 minute, iar răspunsurile salvate până acum se păstrează:
{{link}}

Linkul este valabil până la: {{deadline}}.

Vă mulțumim,
Echipa de cercetare SMI Survey`,
  },
  {
    kind: "reminder",
    locale: "en",
    subject: "Reminder: the SMI questionnaire for {{company}}",
    body: `Dear {{contactName}},

We are writing again about the study of sales–marketing collaboration to which {{company}} was invited. If you have already answered, thank you, and please ignore this message.

It takes about 10 minutes, and any answers you saved so far are kept:
{{link}}

The link is valid until: {{deadline}}.

Thank you,
The SMI Survey research team`,
  },
  {
    kind: "reminder_2",
    locale: "ro",
    subject: "Ultima reamintire: chestionarul SMI pentru {{company}}",
    body: `Bună ziua, {{contactName}},

Este ultimul mesaj pe care vi-l trimitem despre studiul privind colaborarea dintre vânzări și marketing, la care firma {{company}} a fost invitată. Fiecare răspuns contează pentru o imagine corectă a IMM-urilor din vestul României.

Chestionarul durează aproximativ 10 minute, iar răspunsurile salvate până acum se păstrează:
{{link}}

Linkul este valabil până la: {{deadline}}.

Vă mulțumim,
Echipa de cercetare SMI Survey`,
  },
  {
    kind: "reminder_2",
    locale: "en",
    subject: "Last reminder: the SMI questionnaire for {{company}}",
    body: `Dear {{contactName}},

This is the last message we send about the study of sales–marketing collaboration to which {{company}} was invited. Every answer helps give a true picture of the SMEs of western Romania.

The questionnaire takes about 10 minutes, and any answers you saved so far are kept:
{{link}}

The link is valid until: {{deadline}}.

Thank you,
The SMI Survey research team`,
  },
  {
    kind: "password_reset",
    locale: "ro",
    subject: "SMI Survey: resetarea parolei",
    body: `Bună ziua, {{contactName}},

Cineva (probabil dumneavoastră) a cerut o parolă nouă pentru contul SMI Survey asociat acestei adrese. Pentru a alege parola nouă, deschideți linkul:
{{link}}

Linkul poate fi folosit o singură dată și este valabil până la: {{deadline}}. După schimbare, contul este deconectat de pe toate dispozitivele.

Dacă nu ați cerut dumneavoastră, ignorați acest mesaj: parola actuală rămâne valabilă.

Echipa SMI Survey`,
  },
  {
    kind: "password_reset",
    locale: "en",
    subject: "SMI Survey: reset your password",
    body: `Hello {{contactName}},

Someone (probably you) asked for a new password for the SMI Survey account of this address. To choose the new password, open the link:
{{link}}

The link works once and is valid until: {{deadline}}. Once the password is changed, the account is signed out on every device.

If it was not you, ignore this message: your current password still works.

The SMI Survey team`,
  },
  {
    kind: "account_setup",
    locale: "ro",
    subject: "SMI Survey: contul dumneavoastră a fost creat",
    body: `Bună ziua, {{contactName}},

Vi s-a creat un cont în spațiul de lucru al cercetătorilor SMI Survey. Pentru a-l folosi, alegeți-vă parola deschizând linkul:
{{link}}

Linkul poate fi folosit o singură dată și este valabil până la: {{deadline}}. Dacă a expirat, cereți administratorului să vi-l retrimită.

Echipa SMI Survey`,
  },
  {
    kind: "account_setup",
    locale: "en",
    subject: "SMI Survey: your account has been created",
    body: `Hello {{contactName}},

An account has been created for you in the SMI Survey researchers' workspace. To use it, choose your password by opening the link:
{{link}}

The link works once and is valid until: {{deadline}}. If it has expired, ask the administrator to send it again.

The SMI Survey team`,
  },
];

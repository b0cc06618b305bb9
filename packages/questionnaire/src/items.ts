import type { Localized } from "./locale";

export const ITEM_IDS = [
  "q01",
  "q02",
  "q03",
  "q04",
  "q05",
  "q06",
  "q07",
  "q08",
  "q09",
  "q10",
  "q11",
  "q12",
  "q13",
  "q14",
  "q15",
  "q16",
  "q17",
  "q18",
  "q19",
  "q20",
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export function isItemId(x: unknown): x is ItemId {
  return typeof x === "string" && (ITEM_IDS as readonly string[]).includes(x);
}

export interface Item {
  id: ItemId;
  statement: Localized;
  /** What integrated companies do on this point; shown to respondents who score low on the item. */
  integratedPractice: Localized;
}

/**
 * The twenty statements of section 4.1 of the paper (adapted from Kotler, Rackham & Krishnaswamy 2006), in the
 * paper's order. The English keeps the paper's wording, with its typos and grammar corrected.
 */
export const ITEMS: readonly Item[] = [
  {
    id: "q01",
    statement: {
      en: "Our sales figures are usually very close to the sales forecast.",
      ro: "Cifrele noastre de vânzări sunt de obicei foarte apropiate de prognoza de vânzări.",
    },
    integratedPractice: {
      en: "Sales and Marketing build the forecast together from the same pipeline data and compare it with actual results every month, so the forecast becomes reliable.",
      ro: "Vânzările și marketingul construiesc împreună prognoza pe baza acelorași date din pipeline și o compară lunar cu rezultatele reale, astfel încât prognoza devine de încredere.",
    },
  },
  {
    id: "q02",
    statement: {
      en: "If the situation and overall results are negative, neither function criticizes the other.",
      ro: "Atunci când situația și rezultatele generale sunt negative, niciunul dintre cele două departamente nu îl critică pe celălalt.",
    },
    integratedPractice: {
      en: "Poor results are analysed jointly, looking for causes in the shared process rather than culprits in the other team.",
      ro: "Rezultatele slabe sunt analizate împreună, căutând cauzele în procesul comun, nu vinovați în cealaltă echipă.",
    },
  },
  {
    id: "q03",
    statement: {
      en: "Marketing people with specific roles in relationship development often meet key customers and prospects together with sales reps during the sales process.",
      ro: "Oamenii de marketing cu roluri specifice în dezvoltarea relațiilor cu clienții participă des, împreună cu agenții de vânzări, la întâlniri cu clienții-cheie și cu potențialii clienți pe parcursul procesului de vânzare.",
    },
    integratedPractice: {
      en: "Marketers regularly join sales reps in meetings with key customers, so they hear customer needs first-hand and shape offers and messages accordingly.",
      ro: "Specialiștii în marketing îi însoțesc regulat pe agenții de vânzări la întâlnirile cu clienții-cheie, ca să audă direct nevoile clienților și să adapteze ofertele și mesajele în consecință.",
    },
  },
  {
    id: "q04",
    statement: {
      en: "The (relationship) marketing function always asks Sales to take part in drafting the marketing plan and the overall relationship-focused strategies and tactics.",
      ro: "Departamentul de marketing (relațional) solicită întotdeauna participarea vânzărilor la elaborarea planului de marketing și a strategiilor și tacticilor axate pe relația cu clienții.",
    },
    integratedPractice: {
      en: "Sales managers sit at the table when the marketing plan is drafted, and their knowledge of the field shapes targets, segments and campaigns.",
      ro: "Managerii de vânzări participă la elaborarea planului de marketing, iar cunoașterea pieței din teren influențează obiectivele, segmentele și campaniile.",
    },
  },
  {
    id: "q05",
    statement: {
      en: "The sales force believes the sales materials (collateral) supplied by Marketing are a valuable tool for improving sales results.",
      ro: "Forța de vânzări consideră că materialele de vânzare oferite de marketing (broșuri, prezentări, studii de caz) sunt un instrument valoros pentru îmbunătățirea rezultatelor.",
    },
    integratedPractice: {
      en: "Marketing creates sales materials with the salespeople, tests them in real customer conversations and drops whatever Sales does not use.",
      ro: "Marketingul creează materialele de vânzare împreună cu agenții de vânzări, le testează în discuții reale cu clienții și renunță la cele pe care vânzările nu le folosesc.",
    },
  },
  {
    id: "q06",
    statement: {
      en: "The sales force willingly supplies the feedback Marketing requests, and the two functions continually share information about successful and unsuccessful customer experiences (e.g. re-acquisition rate, cross-buying, revenue generated from referrals).",
      ro: "Forța de vânzări oferă de bunăvoie feedbackul cerut de marketing, iar cele două departamente își împărtășesc permanent informații despre experiențele reușite și nereușite cu clienții (de exemplu rata de recâștigare a clienților, achizițiile încrucișate, veniturile obținute din recomandări).",
    },
    integratedPractice: {
      en: "Feedback from the field flows through a simple, agreed routine (such as a short monthly report or a shared CRM field), and Marketing shows Sales what it changed as a result.",
      ro: "Informațiile din teren circulă printr-o rutină simplă și convenită (de exemplu un scurt raport lunar sau un câmp comun în CRM), iar marketingul le arată agenților de vânzări ce a schimbat pe baza lor.",
    },
  },
  {
    id: "q07",
    statement: {
      en: "There is a great deal of common language between Sales and Marketing in the company, and both departments understand how they can contribute to creating customer value.",
      ro: "În firmă există un limbaj comun bine dezvoltat între vânzări și marketing, iar ambele departamente înțeleg cum pot contribui la crearea de valoare pentru client.",
    },
    integratedPractice: {
      en: "Both teams use the same written, agreed definitions for terms such as “qualified lead”, “key account” or “customer value”.",
      ro: "Ambele echipe folosesc aceleași definiții, scrise și convenite, pentru termeni precum „lead calificat”, „client-cheie” sau „valoare pentru client”.",
    },
  },
  {
    id: "q08",
    statement: {
      en: "The heads of Sales and Marketing regularly confer about upstream (strategic) issues such as idea generation, market sensing and product development strategy.",
      ro: "Șefii vânzărilor și ai marketingului discută periodic probleme strategice precum generarea de idei, înțelegerea pieței și strategia de dezvoltare a produselor.",
    },
    integratedPractice: {
      en: "The two heads meet on a fixed schedule, for example monthly, with strategy on the agenda and not only current deals.",
      ro: "Cei doi șefi se întâlnesc după un calendar fix, de exemplu lunar, având pe agendă strategia, nu doar tranzacțiile curente.",
    },
  },
  {
    id: "q09",
    statement: {
      en: "Sales and Marketing work closely together to define the buying behaviour of segments, and act as one in serving customers' needs and earning their loyalty in our target markets.",
      ro: "Vânzările și marketingul colaborează strâns pentru a defini comportamentul de cumpărare al segmentelor și acționează integrat pentru a satisface nevoile clienților și a le câștiga loialitatea pe piețele-țintă.",
    },
    integratedPractice: {
      en: "Segments and buyer profiles are defined jointly, from marketing research and sales conversations, and both teams serve each segment with the same plan.",
      ro: "Segmentele și profilurile de cumpărător sunt definite împreună, din cercetările de marketing și din discuțiile de vânzare, iar ambele echipe deservesc fiecare segment după același plan.",
    },
  },
  {
    id: "q10",
    statement: {
      en: "When Sales and Marketing hold meetings, they do not need to spend much time on resolving disputes and handling crises.",
      ro: "Când vânzările și marketingul se întâlnesc, nu trebuie să piardă mult timp cu rezolvarea disputelor și gestionarea crizelor.",
    },
    integratedPractice: {
      en: "Clear shared rules (who does what, how leads are handed over) prevent most conflicts, so meetings are spent on customers and plans.",
      ro: "Reguli comune clare (cine ce face, cum se predau lead-urile) previn majoritatea conflictelor, așa că întâlnirile sunt dedicate clienților și planurilor.",
    },
  },
  {
    id: "q11",
    statement: {
      en: "The heads of Sales and Marketing collaborate on business planning for products and services that will not be launched for two or more years.",
      ro: "Șefii vânzărilor și ai marketingului colaborează la planificarea afacerilor pentru produse și servicii care vor fi lansate peste doi ani sau mai mult.",
    },
    integratedPractice: {
      en: "Sales leaders take part in long-range planning and bring early signals from customers about what they will need in the coming years.",
      ro: "Conducerea vânzărilor participă la planificarea pe termen lung și aduce semnalele timpurii ale clienților despre ce vor avea nevoie în anii următori.",
    },
  },
  {
    id: "q12",
    statement: {
      en: "We discuss and use common metrics, both quantitative and qualitative, to determine the success of Sales and Marketing (e.g. customer retention rate, customer satisfaction or dissatisfaction, customer lifetime value).",
      ro: "Discutăm și folosim indicatori comuni, cantitativi și calitativi, pentru a evalua succesul vânzărilor și al marketingului (de exemplu rata de retenție a clienților, satisfacția sau nemulțumirea clienților, valoarea clientului pe durata relației).",
    },
    integratedPractice: {
      en: "Both teams are judged on a few shared measures, such as retention, customer satisfaction and revenue, which they review together.",
      ro: "Ambele echipe sunt evaluate după câțiva indicatori comuni, precum retenția, satisfacția clienților și veniturile, pe care îi analizează împreună.",
    },
  },
  {
    id: "q13",
    statement: {
      en: "Marketing actively participates in defining and executing the sales strategy for individual key accounts, acting as relationship managers.",
      ro: "Marketingul participă activ la definirea și aplicarea strategiei de vânzare pentru fiecare client-cheie, acționând ca manager al relației cu acesta.",
    },
    integratedPractice: {
      en: "Each key account has a joint plan, and a marketer owns the relationship side (insight, communication, loyalty) alongside the account manager.",
      ro: "Fiecare client-cheie are un plan comun, iar un specialist în marketing răspunde de partea relațională (informații, comunicare, loialitate) alături de managerul de cont.",
    },
  },
  {
    id: "q14",
    statement: {
      en: "Sales and Marketing manage their activities using jointly developed business guidelines, processes or pipelines that span the business chain, from initial market research to customer service and long-term partnerships.",
      ro: "Vânzările și marketingul își gestionează activitățile pe baza unor reguli, procese sau fluxuri de lucru elaborate împreună, care acoperă întregul lanț, de la cercetarea inițială a pieței până la serviciile pentru clienți și parteneriatele pe termen lung.",
    },
    integratedPractice: {
      en: "A single documented customer process, from first contact to after-sales service, states what each team does at each step and where the handovers are.",
      ro: "Un singur proces documentat, de la primul contact până la serviciile post-vânzare, stabilește ce face fiecare echipă la fiecare pas și unde au loc predările.",
    },
  },
  {
    id: "q15",
    statement: {
      en: "Marketing makes a significant contribution to analysing data from the sales funnel and to using those data to improve the funnel's predictability and effectiveness.",
      ro: "Marketingul contribuie semnificativ la analiza datelor din pâlnia de vânzări și la folosirea lor pentru a crește predictibilitatea și eficacitatea acesteia.",
    },
    integratedPractice: {
      en: "Marketing analyses conversion between the stages of the funnel and proposes fixes where prospects drop out, which Sales then tests.",
      ro: "Marketingul analizează conversia între etapele pâlniei de vânzări și propune îmbunătățiri acolo unde potențialii clienți renunță, iar vânzările le testează.",
    },
  },
  {
    id: "q16",
    statement: {
      en: "Sales and Marketing share a strong “we rise or fall together” culture.",
      ro: "Vânzările și marketingul împărtășesc o cultură puternică de tipul „reușim sau eșuăm împreună”.",
    },
    integratedPractice: {
      en: "Part of both teams' bonuses depends on the same results, and successes are celebrated together.",
      ro: "O parte din primele ambelor echipe depinde de aceleași rezultate, iar succesele sunt sărbătorite împreună.",
    },
  },
  {
    id: "q17",
    statement: {
      en: "Sales and Marketing report to a single Chief Sales and Relationship Marketing Officer, or an equivalent C-level executive.",
      ro: "Vânzările și marketingul sunt subordonate unui singur director de vânzări și marketing relațional sau unui director executiv echivalent.",
    },
    integratedPractice: {
      en: "One executive is responsible for the whole revenue chain, so conflicts are settled quickly and priorities are set once for both teams.",
      ro: "Un singur director răspunde de întregul lanț al veniturilor, astfel încât conflictele se rezolvă rapid, iar prioritățile sunt stabilite o singură dată pentru ambele echipe.",
    },
  },
  {
    id: "q18",
    statement: {
      en: "There is significant interchange of people between Sales and Marketing.",
      ro: "Există un schimb semnificativ de personal între vânzări și marketing.",
    },
    integratedPractice: {
      en: "People move between the two teams through rotations, secondments or promotions, which builds mutual understanding.",
      ro: "Angajații trec de la o echipă la cealaltă prin rotații, detașări sau promovări, ceea ce construiește înțelegerea reciprocă.",
    },
  },
  {
    id: "q19",
    statement: {
      en: "Sales and Marketing jointly develop and deliver training programmes, team building, events and other learning opportunities for their staff.",
      ro: "Vânzările și marketingul dezvoltă și organizează împreună programe de instruire, team building, evenimente și alte oportunități de învățare pentru angajații lor.",
    },
    integratedPractice: {
      en: "Training and team events are planned for both teams together, so they learn the same methods and know each other personally.",
      ro: "Instruirile și evenimentele de echipă sunt planificate pentru ambele echipe deodată, astfel încât oamenii învață aceleași metode și se cunosc personal.",
    },
  },
  {
    id: "q20",
    statement: {
      en: "Sales and Marketing actively participate in preparing and presenting each other's plans to top executives.",
      ro: "Vânzările și marketingul participă activ la pregătirea și prezentarea planurilor celuilalt departament în fața conducerii de vârf.",
    },
    integratedPractice: {
      en: "Each team reviews the other's plan before it goes to management and helps present it, so top executives see one coherent plan.",
      ro: "Fiecare echipă revizuiește planul celeilalte înainte ca acesta să ajungă la conducere și ajută la prezentarea lui, astfel încât conducerea vede un plan unitar.",
    },
  },
];

import { roCount } from "@smi/questionnaire";
import type { RespondMessages } from "./messages";

export const ro: RespondMessages = {
  title: "Chestionarul studiului SMI",
  common: {
    continue: "Continuă",
    back: "Înapoi",
    retry: "Încercați din nou",
    reload: "Reîncărcați pagina",
    yes: "Da",
    no: "Nu",
    offline: "Nu există conexiune la internet. Verificați conexiunea și încercați din nou.",
    draftRestored:
      "Am păstrat pe acest dispozitiv ce ați completat aici data trecută; nu a fost încă trimis. Verificați și apăsați Continuă.",
    rateLimited:
      "Prea multe cereri într-un timp scurt. Așteptați un minut și încercați din nou; răspunsurile date sunt salvate.",
    stale:
      "Pagina nu mai este la zi (poate ați continuat într-o altă filă). Reîncărcați pagina pentru a vedea ultima variantă.",
    failed: "Ceva nu a funcționat. Încercați din nou peste câteva momente.",
    checkFields: "Verificați câmpurile marcate mai jos.",
    requiredNote: "Câmpurile marcate cu * sunt obligatorii.",
  },
  unavailable: {
    title: "Acest link nu poate fi folosit",
    reasons: {
      NOT_FOUND: "Linkul nu este valid. Verificați că ați deschis linkul complet din e-mailul de invitație.",
      EXPIRED: "Linkul a expirat. Dacă doriți totuși să participați, vă trimitem cu plăcere unul nou.",
      REVOKED: "Linkul nu mai este activ. Dacă credeți că este o greșeală, vă trimitem cu plăcere unul nou.",
    },
    writeForNewLink: "Pentru un link nou, scrieți-ne la",
    aboutStudy: "Despre studiu",
  },
  optOut: {
    problems: {
      OPT_OUT_MALFORMED:
        "Linkul de renunțare este incomplet. Deschideți linkul întreg din e-mail (uneori se rupe pe două rânduri).",
      OPT_OUT_UNKNOWN:
        "Linkul de renunțare nu este valid. Deschideți linkul întreg din e-mail; nu s-a schimbat nimic.",
    },
  },
  studyFooter: {
    questions: "Pentru întrebări, scrieți-ne la",
    controller: "Operatorul datelor",
    investigator: "Cercetător principal",
    ethics: "Aviz de etică",
    contact: "Întrebări despre studiu",
  },
  rateLimitedPage: {
    title: "Prea multe cereri",
    body: "Linkul a fost folosit de prea multe ori într-un timp scurt. Așteptați un minut și încercați din nou; răspunsurile date până acum sunt salvate.",
  },
  loadFailed: {
    title: "Chestionarul nu s-a putut încărca",
    body: "Verificați conexiunea la internet și încercați din nou.",
  },
  welcome: {
    title: "Bun venit",
    invitedFor: (company) => `Ați primit această invitație pentru firma ${company}.`,
    whoHeading: "Cine face studiul",
    who: (controller) =>
      `Studiul este realizat de ${controller}, care cercetează integrarea vânzărilor cu marketingul (SMI) în întreprinderile mici și mijlocii din vestul României.`,
    whyHeading: "De ce vă rugăm să participați",
    why: "Vrem să aflăm cât de bine colaborează vânzările și marketingul în IMM-uri și cum se leagă această colaborare de rezultatele firmelor. La final primiți scorul firmei, categoria în care se încadrează și idei despre ce fac firmele în care cele două echipe sunt integrate.",
    howLongHeading: "Cât durează",
    howLong:
      "Aproximativ 10 minute: câteva date despre firmă, 20 de afirmații cu răspuns pe o scală de la 1 la 5, câțiva indicatori de performanță opționali și o descriere a modului de lucru.",
    resume:
      "Fiecare răspuns se salvează pe loc. Puteți întrerupe oricând și continua de unde ați rămas, și de pe alt dispozitiv, folosind același link.",
    validUntil: (date) => `Linkul este valabil până la ${date}.`,
    languageHint: "Puteți schimba oricând limba din partea de sus a paginii (Română / English).",
    start: "Începe",
  },
  consent: {
    title: "Informare și consimțământ",
    intro:
      "Înainte de a începe, citiți cum folosim datele. Nu păstrăm niciun răspuns până nu vă dați acordul.",
    version: (version) => `Versiunea informării: ${version}`,
    agree: "Sunt de acord și continui",
    decline: "Nu doresc să particip",
    declinedTitle: "Ați ales să nu participați",
    declinedBody:
      "Am înregistrat că nu doriți să participați la studiu și nu vă vom mai trimite mesaje despre el. Vă mulțumim pentru timpul acordat.",
    declinedContact: "Dacă v-ați răzgândit sau aveți întrebări, scrieți-ne la",
  },
  profile: {
    title: "Datele firmei",
    intro: (company) =>
      `Confirmați sau corectați datele firmei ${company}. Le folosim pentru a verifica dacă firma face parte din populația studiului și pentru analize pe grupuri de firme.`,
    county: "Județul sediului social",
    countyChoose: "Alegeți județul",
    countyOther: "Alt județ",
    countyOtherName: "Numele județului",
    employees: "Număr de angajați",
    employeesHint: "Numărul mediu din ultimul an, ca număr întreg.",
    turnover: "Cifra de afaceri anuală (EUR)",
    balanceSheet: "Totalul bilanțului (EUR)",
    moneyHint: "În euro, din ultimul bilanț. Lăsați gol dacă nu știți.",
    marketingDept: "Firma are un departament de marketing distinct de cel de vânzări?",
    marketingDeptHint: "Chiar dacă este format dintr-o singură persoană.",
    confirm: "Confirm datele și continui",
    errors: {
      county: "Alegeți județul sediului social sau scrieți numele lui.",
      employees: (max) => `Introduceți numărul de angajați ca număr întreg, între 0 și ${max}.`,
      turnoverEur: "Introduceți o sumă în euro de cel puțin 0 sau lăsați câmpul gol.",
      balanceSheetEur: "Introduceți o sumă în euro de cel puțin 0 sau lăsați câmpul gol.",
      hasMarketingDept: "Alegeți Da sau Nu.",
    },
  },
  screenedOut: {
    title: "Vă mulțumim pentru timpul acordat",
    body: "După datele pe care le-ați confirmat, firma nu face parte din populația acestui studiu, așa că nu mai este nevoie să completați chestionarul:",
    correction: "Dacă ați introdus din greșeală o valoare, puteți corecta datele firmei.",
    correct: "Corectez datele firmei",
  },
  statements: {
    heading: (n, total) => `Afirmația ${n} din ${total}`,
    instruction: "Cât de mult sunteți de acord cu afirmația de mai jos, pentru firma dumneavoastră?",
    keyboardHint: "De la tastatură: săgețile aleg răspunsul, Enter trece mai departe.",
    chooseFirst: "Alegeți un răspuns pentru a continua.",
    saving: "Se salvează…",
    saved: "Răspuns salvat.",
    saveFailed: "Răspunsul nu s-a putut salva încă. Reîncercăm automat când revine conexiunea.",
    savedOnDevice:
      "Fără conexiune: răspunsul este păstrat doar pe acest dispozitiv și se trimite automat când revine conexiunea, chiar dacă închideți pagina între timp și o redeschideți.",
    backToReview: "Înapoi la verificare",
  },
  performance: {
    title: "Indicatori de performanță",
    intro:
      "Toți indicatorii sunt opționali și se referă la ultimele 12 luni. Dați valori aproximative dacă nu le știți exact, lăsați gol sau bifați „Prefer să nu răspund”.",
    range: (min, max) => `Între ${min} și ${max}.`,
    units: { percent: "%", count: "număr", eur: "EUR" },
    preferNotToSay: "Prefer să nu răspund",
    invalid: (min, max) => `Introduceți un număr între ${min} și ${max}.`,
    invalidInteger: (min, max) => `Introduceți un număr întreg între ${min} și ${max}.`,
  },
  configuration: {
    title: "Cum lucrează vânzările și marketingul în firma dumneavoastră?",
    intro: "Alegeți descrierea care se potrivește cel mai bine firmei.",
    legend: "Descrierea care se potrivește firmei",
    chooseFirst: "Alegeți o descriere pentru a continua.",
  },
  review: {
    title: "Verificați și trimiteți",
    intro: "Verificați răspunsurile. După trimitere nu mai pot fi modificate.",
    profileHeading: "Datele firmei",
    marketingDept: "Departament de marketing distinct",
    notGiven: "necompletat",
    answersHeading: "Răspunsurile la afirmații",
    answered: (n, total) => `Ați răspuns la ${n} din ${roCount(total, "afirmație", "afirmații")}.`,
    showAnswers: "Vedeți și modificați răspunsurile",
    unanswered: "Fără răspuns",
    change: "Modifică",
    changeStatement: (n) => `Modifică răspunsul la afirmația ${n}`,
    performanceHeading: "Indicatori de performanță",
    preferNotToSay: "preferă să nu răspundă",
    configurationHeading: "Modul de lucru",
    editProfile: "Modifică datele firmei",
    editPerformance: "Modifică indicatorii",
    editConfiguration: "Modifică descrierea",
    submit: "Trimit răspunsurile",
    submitting: "Se trimite…",
    queued:
      "Nu există conexiune la internet. Trimiterea și răspunsurile sunt păstrate în acest browser și se trimit automat când revine conexiunea. Dacă închideți pagina, se trimit când o deschideți din nou.",
    queuedKeepOpen:
      "Nu există conexiune la internet. Răspunsurile se trimit automat când revine conexiunea. Nu închideți pagina: acest browser nu le poate păstra.",
    onDevice:
      "Unele răspunsuri sunt deocamdată doar pe acest dispozitiv; se trimit automat când revine conexiunea.",
    outdated:
      "Răspunsurile au fost modificate în altă fereastră sau pe alt dispozitiv după ce ați deschis această verificare, așa că nu le-am trimis. Mai jos sunt răspunsurile actuale: verificați-le și trimiteți din nou.",
    incomplete: "Mai sunt afirmații fără răspuns. Completați-le înainte de trimitere.",
  },
  progress: {
    label: "Progresul chestionarului",
    stage: (n, name) => `Etapa ${n} din 5: ${name}`,
    stages: {
      profile: "datele firmei",
      statements: "afirmațiile",
      indicators: "indicatorii de performanță",
      configuration: "modul de lucru",
      review: "verificarea și trimiterea",
    },
    percentDone: (percent) => `${percent}% completat`,
  },
  notices: {
    welcomeBack: (answered, total) =>
      answered === 0
        ? "Bine ați revenit. Continuați de unde ați rămas."
        : answered === total
          ? `Bine ați revenit. Ați răspuns la toate cele ${roCount(total, "afirmație", "afirmații")}; continuați de unde ați rămas.`
          : `Bine ați revenit. Ați răspuns la ${answered} din ${roCount(total, "afirmație", "afirmații")}; continuați de unde ați rămas.`,
    changedElsewhere: (statements) =>
      `Cât timp acest dispozitiv a fost fără conexiune, ${statements.length === 1 ? "afirmația" : "afirmațiile"} ${new Intl.ListFormat("ro", { type: "conjunction" }).format(statements.map(String))} ${statements.length === 1 ? "a primit" : "au primit"} alt răspuns în altă fereastră sau pe alt dispozitiv. Am păstrat răspunsurile de acolo; verificați-le.`,
  },
  result: {
    title: "Rezultatul firmei dumneavoastră",
    thanks: "Vă mulțumim pentru participare! Răspunsurile au fost trimise.",
    scoreLabel: "Scorul",
    score: (total) => `${total} din 100`,
    categoryLabel: "Categoria",
    scaleHeading: "Cele patru categorii",
    lowestHeading: "Unde aveți cel mai mult de câștigat",
    lowestIntro:
      "Afirmațiile cu care ați fost cel mai puțin de acord și ce fac, în aceste privințe, firmele în care vânzările și marketingul sunt integrate:",
    yourAnswer: (label) => `Răspunsul dumneavoastră: ${label}.`,
    integratedPractice: "Ce fac firmele integrate:",
    comparisonHeading: (county) => `Comparație cu alte firme din județul ${county}`,
    comparison: (peers, mean, percentile) =>
      `Scorul mediu al celorlalte ${roCount(peers, "firmă", "firme")} care au răspuns este ${mean}. Scorul firmei dumneavoastră este mai mare decât al ${percentile}% dintre ele.`,
    comparisonLater:
      "Comparația cu alte firme din județ va apărea mai târziu, după ce răspund cel puțin 5 firme. Puteți reveni oricând la acest link.",
    submittedOn: (date) => `Trimis la ${date}. Răspunsurile nu mai pot fi modificate.`,
    companyLine: (company) => `Firma: ${company}`,
    configurationHeading: "Configurația aleasă de dumneavoastră",
  },
  testMode: {
    label: "Mod test",
    banner: "Mod test — răspunsurile nu sunt numărate.",
    detail:
      "Ce completați aici nu ajunge în nicio analiză, în niciun export și la nicio firmă, iar e-mailul cu rezultatul vă vine dumneavoastră.",
    backToWorkspace: "Înapoi în spațiul de lucru",
  },
};

import { roCount } from "@smi/questionnaire";
import type { DashboardMessages } from "./messages";

const firme = (n: number) => (n === 1 ? "o firmă" : roCount(n, "firmă", "firme"));
const invitatii = (n: number) => (n === 1 ? "o invitație" : roCount(n, "invitație", "invitații"));
const raspunsuri = (n: number) => roCount(n, "răspuns", "răspunsuri");

export const ro: DashboardMessages = {
  title: "Tabloul de bord al analizei",
  viewsLabel: "Vederile analizei",
  views: {
    categories: "Categorii pe județe",
    scores: "Scoruri și afirmații",
    crossTab: "Tabele de contingență",
    clusters: "Clustere",
    relations: "Corelații și fidelitate",
    progress: "Progresul colectării",
    report: "Raportul firmei",
    saved: "Analize salvate",
    exports: "Exporturi",
    sample: "Eșantionul",
  },
  filters: {
    heading: "Filtre",
    summary: (active) =>
      active === 0
        ? "toate răspunsurile"
        : active === 1
          ? "un filtru activ"
          : roCount(active, "filtru activ", "filtre active"),
    counties: "Județ",
    sizeClasses: "Clasa de mărime",
    configurations: "Configurația SMI",
    consistency: "Consistența răspunsurilor",
    noFlag: "Fără contradicții",
    dates: "Data trimiterii",
    from: "De la",
    to: "Până la",
    inclusion: "Răspunsuri",
    inclusions: { included: "Doar cele incluse", all: "Toate, inclusiv cele excluse" },
    clear: "Șterge filtrele",
  },
  frame: {
    loading: "Se încarcă datele…",
    empty: "Niciun răspuns trimis nu corespunde filtrelor alese.",
    error: "Datele nu au putut fi încărcate.",
    signedOut: "Autentificați-vă pentru a vedea analiza.",
    signIn: "Autentificare",
    forbidden: "Contul dumneavoastră nu are acces la analiză.",
    retry: "Încearcă din nou",
    downloads: "Descărcări",
    downloadCsv: "Datele (CSV)",
    downloadSvg: "Graficul (SVG)",
    downloadPng: "Graficul (PNG)",
    caption: (n, filters) => `n = ${n} · ${filters ? `Filtre: ${filters}` : "Fără filtre"}`,
    tableHeading: "Tabelul datelor",
  },
  countyChart: {
    title: "Categoria de integrare pe județe",
    summary: (total, counties) =>
      `${firme(total)} cu răspunsuri trimise, în ${counties === 1 ? "un județ" : roCount(counties, "județ", "județe")}.`,
    mode: "Afișează",
    counts: "Număr de firme",
    percents: "Procente din județ",
    countAxis: "Firme",
    percentAxis: "% din firmele județului",
    county: "Județ",
    total: "Total",
    suppressed: "ascuns",
    tooltipN: (n) => `n = ${n}`,
  },
  progress: {
    heading: "Stadiul colectării datelor",
    ignoredFilters:
      "Progresul numără invitațiile după județul și clasa de mărime a firmei; filtrele de configurație SMI și de dată se aplică doar răspunsurilor trimise, de aceea nu sunt aplicate aici.",
    empty: "Încă nicio invitație nu corespunde filtrelor alese.",
    noneSent: "Încă nu a fost trimis niciun e-mail de invitație, deci nu există o rată de răspuns în timp.",
    stages: {
      sent: "Trimise",
      opened: "Deschise",
      started: "Începute",
      completed: "Completate",
      screenedOut: "Excluse la selecție",
      refused: "Au refuzat",
    },
    responseRate: "Rata de răspuns",
    rr1: "Rata de răspuns AAPOR RR1",
    rr2: "Rata de răspuns AAPOR RR2 (cu cele parțiale)",
    rrDefinition:
      "Definițiile standard AAPOR: chestionare completate (RR2: și cele începute) din toate firmele invitate care pot face parte din populație; firmele excluse la selecție nu intră în numitor.",
    county: "Județ",
    sizeClass: "Clasa de mărime",
    unknownSize: "Mărime necunoscută",
    total: "Total",
    stageTitle: "Invitațiile pe etape, pe județe",
    stageSummary: ({ sent, opened, started, completed, screenedOut, refused, rate }) =>
      `${invitatii(sent)} trimise, dintre care deschise: ${opened}, începute: ${started}, completate: ${completed}, excluse la selecție: ${screenedOut}, au refuzat: ${refused}; rata de răspuns: ${rate}.`,
    invitationsAxis: "Invitații",
    countyRateTitle: "Rata de răspuns pe județe",
    sizeRateTitle: "Rata de răspuns pe clase de mărime",
    rateSummary: (groups) =>
      `Răspunsurile completate raportate la invitațiile trimise: ${groups.join("; ")}.`,
    rateAxis: "Rata de răspuns (%)",
    ofSent: (completed, sent) => `${completed} din ${sent} trimise`,
    overTimeTitle: "Rata de răspuns în timp (cumulată, pe săptămâni)",
    overTimeSummary: (weeks, firstWeek, lastRate) =>
      `${weeks === 1 ? "o săptămână" : roCount(weeks, "săptămână", "săptămâni")} de la săptămâna din ${firstWeek}; rata de răspuns până acum este ${lastRate}.`,
    week: "Săptămâna începând cu",
    weekOf: (week) => `Săptămâna din ${week}`,
    sentSoFar: "Trimise până atunci",
    completedSoFar: "Completate până atunci",
    allCounties: "Toate județele (după filtre)",
    compareWith: "Comparați cu un județ",
    compareNone: "niciunul",
    countyRate: (county) => `Rata de răspuns, ${county}`,
  },
  report: {
    pickTitle: "Raportul firmei",
    pickIntro:
      "Alegeți o firmă care a răspuns pentru a-i deschide raportul de o pagină, gata de tipărit sau de salvat ca PDF și de trimis managerului.",
    search: "Căutați după numele firmei",
    noMatch: "Nicio firmă care a răspuns nu corespunde căutării.",
    matches: (shown, total) =>
      shown === total
        ? `${total === 1 ? "O firmă găsită" : `${firme(total)} găsite`}.`
        : `Primele ${shown} din ${firme(total)} găsite; restrângeți căutarea.`,
    answeredOn: (date) => `a răspuns la ${date}`,
    documentTitle: (company) => `Raport: ${company}`,
    back: "Alegeți altă firmă",
    notFound: "Această firmă nu are un răspuns trimis, deci nu are raport. Alegeți o firmă din listă.",
    print: "Tipărește / salvează ca PDF",
    kicker: "Integrarea vânzărilor și a marketingului: rezultatele firmei dumneavoastră",
    unnamed: "Firmă fără nume",
    meta: (county, date) => `Județul ${county} · chestionar trimis la ${date}`,
    resultHeading: "Scorul și categoria",
    score: "Scorul dumneavoastră",
    outOf: "din 100",
    category: "Categoria de integrare:",
    countyMean: (county, mean, n) => `Media celorlalte firme din județul ${county}: ${mean} (n = ${n}).`,
    countyHidden: (county, n) =>
      `Media județului ${county} nu este afișată: au răspuns mai puțin de 5 alte firme de acolo (n = ${n}).`,
    studyMean: (mean, n) => `Media tuturor celorlalte firme din studiu: ${mean} (n = ${n}).`,
    studyHidden: (n) => `Media studiului nu este afișată: au răspuns mai puțin de 5 alte firme (n = ${n}).`,
    profileTitle: "Răspunsurile dumneavoastră la cele 20 de afirmații",
    profileHint: "1 = dezacord total … 5 = acord total; afirmațiile sunt numerotate ca în chestionar.",
    legendCompany: "Răspunsul dumneavoastră",
    legendCounty: (county, n) => `Media în județul ${county} (n = ${n})`,
    legendStudy: (n) => `Media studiului (n = ${n})`,
    tableLabel: "Răspunsurile pe afirmații",
    statement: "Afirmația",
    answer: "Răspunsul dumneavoastră",
    countyColumn: (county) => `Media, ${county}`,
    studyColumn: "Media studiului",
    hidden: "ascunsă",
    footer:
      "Studiul SMI: cercetare privind integrarea vânzărilor și a marketingului în IMM-urile din vestul României. Mediile nu includ răspunsurile dumneavoastră.",
    notes: {
      title: "Pentru cercetător (nu se tipărește)",
      consistent: "Răspunsurile nu se contrazic.",
      confirmed: "confirmată de respondent",
      unconfirmed: "neconfirmată (răspuns importat sau dat înaintea verificării)",
      firstScreening: (profile, reasons) =>
        `Prima declarație a exclus firma (${reasons}): ${profile}. Raportul folosește datele corectate.`,
      firstProfile: (county, employees, department) =>
        `județul ${county}, ${employees === 1 ? "un angajat" : roCount(employees, "angajat", "angajați")}, departament de marketing: ${department}`,
      department: { yes: "da", no: "nu" },
      reasons: {
        NOT_AN_SME: "nu este IMM",
        COUNTY_OUT_OF_SCOPE: "județ din afara studiului",
        NO_MARKETING_DEPARTMENT: "fără departament de marketing",
      },
    },
  },
  saved: {
    saveTitle: "Salvați analiza curentă",
    saveFilters: "Filtrele acestei pagini:",
    name: "Nume",
    nameRequired: "Dați un nume analizei.",
    k: "Clustere (k)",
    kHint: "Între 2 și 12; implicit cele patru grupuri ale studiului.",
    seed: "Sămânța (seed)",
    seedHint: "Aceeași sămânță dă aceleași clustere.",
    save: "Salvează analiza",
    saving: "Se salvează…",
    listTitle: "Analize salvate",
    none: "Nu a fost salvată încă nicio analiză.",
    stale: "Datele s-au schimbat",
    savedAt: "Salvată",
    parameters: "Parametri",
    kSeed: (k, seed) => `k = ${k}, sămânța ${seed}`,
    engine: "Versiunea motorului",
    filters: "Filtre",
    excluded: "Răspunsuri excluse",
    excludedLeftOut: (n) =>
      n === 0
        ? "niciun răspuns lăsat deoparte"
        : n === 1
          ? "un răspuns lăsat deoparte (exclus la salvare)"
          : `${roCount(n, "răspuns", "răspunsuri")} lăsate deoparte (excluse la salvare)`,
    allResponses: "toate răspunsurile trimise",
    dateRange: (from, to) => (from && to ? `${from} – ${to}` : from ? `de la ${from}` : `până la ${to}`),
    back: "Toate analizele salvate",
    dataHash: "Amprenta datelor",
    staleNote:
      "Răspunsurile pe care le selectează această analiză s-au schimbat de la salvare: rulați-o din nou pentru a vedea cum se modifică cifrele.",
    freshNote: "Răspunsurile pe care le selectează această analiză sunt aceleași ca la salvare.",
    openLive: "Deschideți vederile curente cu aceste filtre",
    figuresTitle: "Cifre-cheie",
    rerun: "Rulează din nou pe datele de azi",
    rerunAgain: "Rulează din nou",
    rerunHint: "Aceleași filtre, același k și aceeași sămânță; nu se salvează nimic.",
    sameData: "Datele de azi sunt aceleași cu cele salvate.",
    changedData: "Datele de azi diferă de cele salvate.",
    otherEngine: (saved, today) => `S-a schimbat și motorul de analiză (${saved} atunci, ${today} acum).`,
    figuresCaption: "Cifrele-cheie salvate",
    compareCaption: "Cifrele-cheie salvate și cele pe datele de azi",
    figure: "Indicator",
    savedColumn: "Salvat",
    todayColumn: "Azi",
    differenceColumn: "Diferență",
    figures: {
      n: "Răspunsuri (n)",
      mean: "Scorul total mediu",
      sd: "Abaterea standard",
      median: "Mediana",
      min: "Scorul minim",
      max: "Scorul maxim",
      alpha: "Alfa Cronbach",
    },
  },
  relations: {
    correlationsTitle: "Scorul total și indicatorii de performanță",
    indicatorChoice: "Indicatorul din graficul de dispersie",
    indicator: "Indicator",
    ci: "IÎ 95 % (Fisher z)",
    summary: (indicator, r, n, p) =>
      `${indicator}: r Pearson = ${r} (n = ${n}, ${p}). Fiecare punct este un răspuns; linia este dreapta celor mai mici pătrate.`,
    totalAxis: "Scorul total (20–100)",
    responses: "Răspunsuri",
    fittedLine: "Dreapta de regresie",
    groupsTitle: "Scorul total pe grupuri",
    groupsCaption: (grouping) => `${grouping}: scorul total pe grupuri.`,
    mean: "Media",
    sd: "AS",
    reliabilityTitle: "Fidelitatea scalei (alfa Cronbach)",
    reliabilityItems: "Contribuția fiecărei afirmații",
    alpha: "α Cronbach",
    standardizedAlpha: "α standardizat",
    averageR: "r mediu între itemi",
    omega: "ω McDonald (un factor)",
    harmanShare: "Ponderea primului factor în varianță (Harman)",
    instrumentNote:
      "ω provine dintr-un model cu un factor estimat prin verosimilitate maximă (ca psych::omega); un prim factor de peste 50% din varianță sugerează varianța metodei comune.",
    alphaWithoutConstant: (items, alpha) =>
      `Toți respondenții au dat același răspuns la ${items}: α de mai sus le păstrează, ca SPSS și PSPP; fără ele (ca psych::alpha), α = ${alpha}.`,
    statement: "Afirmația",
    rDrop: "Corelația item–total corectată",
    alphaIfDeleted: "α dacă afirmația lipsește",
  },
  clusters: {
    title: "Profilurile clusterelor (k-means pe cele 20 de afirmații)",
    k: "Numărul de clustere (k)",
    cluster: (number, size) => `Clusterul ${number} (n = ${size})`,
    clusterNumber: (number) => `Clusterul ${number}`,
    clusterHeading: "Cluster",
    statement: "Afirmația",
    summary: (clusters, n, silhouette, ari) =>
      `${clusters} clustere din ${raspunsuri(n)}, ordonate după media profilului. Silueta medie ${silhouette}; indicele Rand ajustat față de categoriile de integrare ${ari} (1 = aceeași grupare, 0 = întâmplător).`,
    byCategory: "Clusterele pe categorii de integrare",
    kTitle: "Alegerea lui k",
    kSummary: (sample, best) =>
      `Inerția (căutați „cotul”) și silueta medie (mai mare e mai bine) pentru k de la 2 la 8, pe ${raspunsuri(sample)}.${best === null ? "" : ` Cea mai mare siluetă: k = ${best}.`}`,
    inertia: "Inerția (suma pătratelor în clustere)",
    silhouette: "Silueta medie",
  },
  crossTab: {
    title: "Tabel de contingență",
    rows: "Rânduri",
    columns: "Coloane",
    show: "Arată",
    showOptions: { count: "Număr", row: "% din rând", column: "% din coloană", total: "% din total" },
    dimensions: {
      category: "Categoria de integrare",
      county: "Județ",
      size: "Clasa de mărime",
      config: "Configurația SMI",
    },
    heatMap: "Hartă termică a tabelului (derulabilă)",
    total: "Total",
    rowShort: "rând",
    columnShort: "col.",
    expectedShort: "așteptat",
    df: "grade de libertate",
    cramersV: "V lui Cramér",
    warning: (cells, share) =>
      `Atenție: ${cells === 1 ? "o celulă are" : roCount(cells, "celulă are", "celule au")} frecvența așteptată sub 5 (${share} din celule); aproximarea chi-pătrat poate fi inexactă, citiți p cu prudență.`,
    pMethod: {
      asymptotic: "p din distribuția chi-pătrat (asimptotic)",
      fisher: "p din testul exact al lui Fisher (bilateral)",
      monteCarlo: (replicates, seed) => `p Monte-Carlo (simulat, B = ${replicates}, seed = ${seed})`,
    },
    pAsymptotic: "p asimptotic",
  },
  scores: {
    title: "Distribuția scorului total",
    summary: (n, mean, sd, median) =>
      `${n === 1 ? "Un răspuns" : raspunsuri(n)}: media ${mean} (abaterea standard ${sd}), mediana ${median}. Benzile colorate marchează cele patru categorii.`,
    meanCi: (interval) => `Intervalul de încredere 95 % al mediei: ${interval}.`,
    axis: "Scorul total (20–100)",
    bin: "Scor",
    binTitle: (label) => `Scor ${label}`,
    category: "Categoria",
  },
  items: {
    title: "Răspunsurile la cele 20 de afirmații",
    summary: (n, highest, lowest) =>
      `Afirmațiile sunt ordonate după media răspunsurilor (${raspunsuri(n)}): cel mai mare acord la ${highest}, cel mai mic la ${lowest}. Dezacordul este la stânga lui 0, acordul la dreapta, iar răspunsul neutru este împărțit între cele două.`,
    axis: "% din răspunsuri (dezacord ← 0 → acord)",
    statement: "Afirmația",
    mean: "Media",
    meanCi: "Interval de încredere 95 %",
    sd: "AS",
    meanLine: (mean, n) => `Media ${mean}, n = ${n}`,
  },
  exports: {
    title: "Exportul răspunsurilor",
    matching: (n) =>
      n === 1
        ? "Un răspuns trimis corespunde filtrelor."
        : `${roCount(n, "răspuns trimis", "răspunsuri trimise")} corespund filtrelor.`,
    filter: "Filtru",
    labels: "Etichete în",
    files: {
      csv: {
        name: "Răspunsuri (CSV)",
        about: "Un rând pe răspuns, cu paradatele și indicatorii de calitate.",
      },
      sps: {
        name: "Sintaxă SPSS / PSPP",
        about: "Citește fișierul CSV cu etichete și valori lipsă declarate.",
      },
      r: {
        name: "Script R",
        about: "Citește fișierul CSV în factori etichetați; răspunsurile lipsă sunt NA, cu motivul alături.",
      },
      codebook: {
        name: "Registrul de coduri (Markdown)",
        about: "Fiecare variabilă, cod și regulă a fișierului.",
      },
    },
    together:
      "Salvați cele patru fișiere în același dosar: sintaxa și scriptul deschid după nume fișierul CSV cu același filtru și aceeași zi.",
    none: "Niciun răspuns trimis nu corespunde filtrelor: fișierul CSV ar avea doar antetul.",
  },
  undefinedReasons: {
    NO_CASES: "niciun răspuns utilizabil",
    TOO_FEW_CASES: "prea puține răspunsuri",
    ZERO_VARIANCE: "toate valorile sunt egale",
    SINGLE_GROUP: "mai puțin de două grupuri au răspunsuri",
    TOO_FEW_ITEMS: "prea puține afirmații",
    TOO_FEW_DISTINCT_CASES: "prea puține răspunsuri (sau momente de trimitere) distincte",
    NO_FRAME: "nu există bază de eșantionare: nicio firmă eligibilă în studiu (în limitele filtrelor)",
    OUTSIDE_FRAME:
      "unii respondenți sunt într-un județ, o clasă de mărime sau o celulă în care baza nu are nicio firmă",
    UNCOVERED_FRAME: "baza are firme într-un județ sau o clasă de mărime din care nu a răspuns nimeni",
    NOT_CONVERGED:
      "estimarea iterativă nu a convers (ajustarea: ambele distribuții marginale în 100 de iterații)",
    SAMPLE_EXCEEDS_FRAME: "baza nu are mai multe firme decât respondenți",
    NOT_STORED: "această analiză salvată a fost calculată înainte de această verificare; rulați-o din nou",
    SINGULAR_MATRIX:
      "matricea corelațiilor dintre afirmații este singulară (două afirmații au primit aceleași răspunsuri)",
    HEYWOOD_CASE: "o unicitate a modelului cu un factor a ajuns la zero (caz Heywood)",
  },
  sample: {
    frameTitle: "Respondenții față de baza de eșantionare",
    frameIntro:
      "Baza de eșantionare cuprinde firmele eligibile ale studiului (cele excluse la verificarea eligibilității nu intră), în județele și clasele de mărime din filtre. Testul chi-pătrat de concordanță: se distribuie respondenții pe categorii la fel ca baza?",
    groupings: { county: "Pe județe", sizeClass: "Pe clase de mărime" },
    level: "Nivel",
    respondents: "Respondenți",
    respondentShare: "Pondere în respondenți",
    companies: "Firme în bază",
    frameShare: "Pondere în bază",
    expected: "Așteptat",
    chiSquare: "χ²",
    df: "grade de libertate",
    lowExpected: (levels) =>
      `Atenție: ${levels === 1 ? "un nivel are" : `${roCount(levels, "nivel", "niveluri")} au`} frecvența așteptată sub 5; interpretați p cu prudență.`,
    missing: (n) =>
      n === 1
        ? "Un respondent fără valoare este lăsat deoparte."
        : `${roCount(n, "respondent", "respondenți")} fără valoare sunt lăsați deoparte.`,
    earlyLateTitle: "Respondenții timpurii față de cei târzii",
    earlyLateIntro: (early, late) =>
      `Armstrong și Overton: primul sfert al respondenților (trimise până la ${early}) față de ultimul sfert (de la ${late}); respondenții târzii țin locul celor care nu au răspuns. Răspunsurile trimise în același moment cu o limită sunt incluse toate. Testul t al lui Welch.`,
    variable: "Variabilă",
    total: "Scor total",
    nEarly: "n timpurii",
    nLate: "n târzii",
    meanEarly: "Media timpurii",
    meanLate: "Media târzii",
    difference: "Diferența",
    weightingTitle: "Estimări ponderate față de neponderate",
    methods: {
      POST_STRATIFICATION:
        "Post-stratificare pe județ × clasă de mărime: fiecare respondent are ca pondere numărul firmelor din celula sa împărțit la numărul respondenților din celulă.",
      RAKING:
        "Unele celule ale bazei nu au respondenți, așa că ponderile sunt ajustate iterativ (raking) pe distribuțiile marginale pe județe și pe clase de mărime.",
    },
    raking: (iterations) =>
      `Ajustarea iterativă s-a stabilizat după ${iterations === 1 ? "o iterație" : roCount(iterations, "iterație", "iterații")}.`,
    weightedOf: (n, companies, left) =>
      `${n === 1 ? "Un respondent ponderat" : `${roCount(n, "respondent", "respondenți")} ponderați`} la ${firme(companies)}${left ? `; ${roCount(left, "respondent", "respondenți")} fără județ sau clasă de mărime sunt lăsați deoparte` : ""}. Erorile standard țin seama de plan (liniarizare, ca pachetul survey din R).`,
    estimate: "Estimare",
    meanScore: "Scorul total mediu",
    share: (category) => `Ponderea „${category}”`,
    unweighted: "Neponderat",
    weighted: "Ponderat",
    se: "ES",
    deff: "Efectul de plan",
    weightsTitle: "Ponderi pe județe și clase de mărime",
    county: "Județ",
    sizeClass: "Clasă de mărime",
    weight: "Pondere",
    notAvailable: (reason) => `Indisponibil: ${reason}.`,
  },
};

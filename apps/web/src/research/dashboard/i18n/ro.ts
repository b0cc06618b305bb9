import type { DashboardMessages } from "./messages";

/** Romanian puts "de" between a number and its noun from 20 on, except after 1–19 in the last two digits. */
const counted = (n: number, noun: string) =>
  n >= 20 && (n % 100 === 0 || n % 100 >= 20) ? `${n} de ${noun}` : `${n} ${noun}`;
const firme = (n: number) => (n === 1 ? "o firmă" : counted(n, "firme"));
const invitatii = (n: number) => (n === 1 ? "o invitație" : counted(n, "invitații"));

export const ro: DashboardMessages = {
  title: "Tabloul de bord al analizei",
  viewsLabel: "Vederile analizei",
  views: {
    categories: "Categorii pe județe",
    progress: "Progresul colectării",
    report: "Raportul firmei",
  },
  filters: {
    heading: "Filtre",
    summary: (active) =>
      active === 0 ? "toate răspunsurile" : active === 1 ? "un filtru activ" : `${active} filtre active`,
    counties: "Județ",
    sizeClasses: "Clasa de mărime",
    configurations: "Configurația SMI",
    dates: "Data trimiterii",
    from: "De la",
    to: "Până la",
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
    tableHeading: "Tabelul datelor",
  },
  countyChart: {
    title: "Categoria de integrare pe județe",
    summary: (total, counties) =>
      `${firme(total)} cu răspunsuri trimise, în ${counties === 1 ? "un județ" : `${counties} județe`}.`,
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
    },
    responseRate: "Rata de răspuns",
    county: "Județ",
    sizeClass: "Clasa de mărime",
    unknownSize: "Mărime necunoscută",
    total: "Total",
    stageTitle: "Invitațiile pe etape, pe județe",
    stageSummary: ({ sent, opened, started, completed, screenedOut, rate }) =>
      `${invitatii(sent)} trimise, dintre care deschise: ${opened}, începute: ${started}, completate: ${completed}, excluse la selecție: ${screenedOut}; rata de răspuns: ${rate}.`,
    invitationsAxis: "Invitații",
    countyRateTitle: "Rata de răspuns pe județe",
    sizeRateTitle: "Rata de răspuns pe clase de mărime",
    rateSummary: (groups) =>
      `Răspunsurile completate raportate la invitațiile trimise: ${groups.join("; ")}.`,
    rateAxis: "Rata de răspuns (%)",
    ofSent: (completed, sent) => `${completed} din ${sent} trimise`,
    overTimeTitle: "Rata de răspuns în timp (cumulată, pe săptămâni)",
    overTimeSummary: (weeks, firstWeek, lastRate) =>
      `${weeks === 1 ? "o săptămână" : counted(weeks, "săptămâni")} de la săptămâna din ${firstWeek}; rata de răspuns până acum este ${lastRate}.`,
    week: "Săptămâna începând cu",
    weekOf: (week) => `Săptămâna din ${week}`,
    sentSoFar: "Trimise până atunci",
    completedSoFar: "Completate până atunci",
  },
  report: {
    pickTitle: "Raportul firmei",
    pickIntro:
      "Alegeți o firmă care a răspuns pentru a-i deschide raportul de o pagină, gata de tipărit sau de salvat ca PDF și de trimis managerului.",
    search: "Căutați după numele firmei",
    noMatch: "Nicio firmă care a răspuns nu corespunde căutării.",
    matches: (shown, total) =>
      shown === total
        ? `Au răspuns ${firme(total)}.`
        : `Primele ${shown} din ${firme(total)}; restrângeți căutarea.`,
    answeredOn: (date) => `a răspuns la ${date}`,
    documentTitle: (company) => `Raport: ${company}`,
    back: "Alegeți altă firmă",
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
  },
};

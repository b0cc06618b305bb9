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
};

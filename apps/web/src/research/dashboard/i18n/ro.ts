import type { DashboardMessages } from "./messages";

/** Romanian puts "de" between a number and its noun from 20 on, except after 1–19 in the last two digits. */
const counted = (n: number, noun: string) =>
  n >= 20 && (n % 100 === 0 || n % 100 >= 20) ? `${n} de ${noun}` : `${n} ${noun}`;
const firme = (n: number) => (n === 1 ? "o firmă" : counted(n, "firme"));

export const ro: DashboardMessages = {
  title: "Tabloul de bord al analizei",
  viewsLabel: "Vederile analizei",
  views: {
    categories: "Categorii pe județe",
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
};

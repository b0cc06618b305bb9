import { useMemo } from "react";
import type { Locale } from "@smi/questionnaire";
import { useLocale } from "../../../i18n/useT";

export type NumberFormat = {
  readonly integer: (value: number) => string;
  /** A share from 0 to 100, one decimal, with the percent sign. */
  readonly percent: (value: number) => string;
  readonly decimal: (value: number, digits?: number) => string;
  /** A p-value under a "p" heading: three decimals, or "< 0,001" below that (APA). */
  readonly p: (value: number | null | undefined) => string;
  /** A p-value after its name in running text: "= 0,023" or "< 0,001", never "= < 0,001". */
  readonly pRelation: (value: number | null | undefined) => string;
  /** The same after "p": "p = 0,023" or "p < 0,001". */
  readonly pStatement: (value: number | null | undefined) => string;
};

/** The smallest p written as a number; below it, "< 0,001". */
const P_FLOOR = 0.001;

/** Numbers as the reader writes them: 1.234,5 in Romanian, 1,234.5 in English. */
export function numberFormat(locale: Locale): NumberFormat {
  const tag = locale === "ro" ? "ro-RO" : "en-GB";
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimal = (value: number, digits = 2) => {
    let format = decimals.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      decimals.set(digits, format);
    }
    return format.format(value);
  };
  const p = (value: number | null | undefined) =>
    value == null ? "–" : value < P_FLOOR ? `< ${decimal(P_FLOOR, 3)}` : decimal(value, 3);
  const pRelation = (value: number | null | undefined) =>
    value != null && value < P_FLOOR ? p(value) : `= ${p(value)}`;
  return {
    integer: (value) => integer.format(value),
    percent: (value) => `${percent.format(value)}${locale === "ro" ? "\u00a0%" : "%"}`,
    decimal,
    p,
    pRelation,
    pStatement: (value) => `p ${pRelation(value)}`,
  };
}

export function useNumberFormat(): NumberFormat {
  const { locale } = useLocale();
  return useMemo(() => numberFormat(locale), [locale]);
}

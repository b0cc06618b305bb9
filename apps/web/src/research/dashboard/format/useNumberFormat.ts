import { useMemo } from "react";
import { useLocale } from "../../../i18n/useT";

export type NumberFormat = {
  readonly integer: (value: number) => string;
  /** A share from 0 to 100, one decimal, with the percent sign. */
  readonly percent: (value: number) => string;
  readonly decimal: (value: number, digits?: number) => string;
};

/** Numbers as the reader writes them: 1.234,5 in Romanian, 1,234.5 in English. */
export function useNumberFormat(): NumberFormat {
  const { locale } = useLocale();
  return useMemo(() => {
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
    return {
      integer: (value) => integer.format(value),
      percent: (value) => `${percent.format(value)}${locale === "ro" ? "\u00a0%" : "%"}`,
      decimal,
    };
  }, [locale]);
}

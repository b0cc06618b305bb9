import { useLocale } from "../../../i18n/useT";
import { useNumberFormat } from "./useNumberFormat";

/** A confidence interval as the reader writes it: "[59,4; 63,3]" in Romanian, "[59.4, 63.3]" in English. */
export function useIntervalFormat(): (
  lower: number | null | undefined,
  upper: number | null | undefined,
  digits?: number,
) => string | null {
  const { locale } = useLocale();
  const format = useNumberFormat();
  return (lower, upper, digits = 1) =>
    lower == null || upper == null
      ? null
      : `[${format.decimal(lower, digits)}${locale === "ro" ? ";" : ","} ${format.decimal(upper, digits)}]`;
}

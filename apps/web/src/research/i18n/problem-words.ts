import {
  PERFORMANCE_INDICATORS,
  type Locale,
  type ProblemCode,
  type ProblemParamsOf,
} from "@smi/questionnaire";

/** The words of every problem code the server sends (@smi/questionnaire), from exactly the params that code carries. */
export type ProblemText = { readonly [C in ProblemCode]: (params: ProblemParamsOf<C>) => string };

/** An indicator's name and accepted range, from the questionnaire package. */
export function indicatorOf(id: string, locale: Locale) {
  const found = PERFORMANCE_INDICATORS.find((i) => i.id === id);
  return found
    ? { label: found.label[locale], min: found.min, max: found.max }
    : { label: id, min: 0, max: 0 };
}

import type { Grouping, UnavailableReason } from "@smi/analysis";
import { registerEnumType } from "type-graphql";

/** The categorical variables of a response, named as the engine names its groupings. */
export enum AnalysisDimension {
  CATEGORY = "category",
  COUNTY = "county",
  SIZE_CLASS = "sizeClass",
  CONFIGURATION = "configuration",
}
registerEnumType(AnalysisDimension, {
  name: "AnalysisDimension",
  description:
    "A categorical variable of a response: integration category, county, size class or SMI configuration.",
});

/** GraphQL enum names are the reasons themselves, so the client sees exactly what the engine says. */
export enum UndefinedReason {
  NO_CASES = "NO_CASES",
  TOO_FEW_CASES = "TOO_FEW_CASES",
  ZERO_VARIANCE = "ZERO_VARIANCE",
  SINGLE_GROUP = "SINGLE_GROUP",
  TOO_FEW_ITEMS = "TOO_FEW_ITEMS",
  TOO_FEW_DISTINCT_CASES = "TOO_FEW_DISTINCT_CASES",
  COLLINEAR = "COLLINEAR",
  LEVERAGE_ONE = "LEVERAGE_ONE",
}
registerEnumType(UndefinedReason, {
  name: "UndefinedReason",
  description:
    "Why a statistic is null. The engine never returns NaN or Infinity: a figure it cannot compute is null and its object names the first cause.",
  valuesConfig: {
    NO_CASES: { description: "No usable observation (all missing, or no responses match the filter)." },
    TOO_FEW_CASES: {
      description: "Fewer observations than the statistic needs (an SD needs 2, a correlation 3, its CI 4).",
    },
    ZERO_VARIANCE: {
      description:
        "A variable is constant (for group tests: constant within every group, or all ranks tied).",
    },
    SINGLE_GROUP: { description: "Fewer than two groups, table rows or table columns hold observations." },
    TOO_FEW_ITEMS: { description: "Fewer than two items to relate (or, for alpha-if-deleted, only two)." },
    TOO_FEW_DISTINCT_CASES: { description: "Fewer distinct answer patterns than clusters requested." },
    COLLINEAR: { description: "A regression design whose columns are linearly dependent." },
    LEVERAGE_ONE: { description: "A case with leverage 1 leaves HC3 robust standard errors undefined." },
  },
});

/** Compile-time proof that the enums cover the engine's values. */
export const reasonOf = (reason: UnavailableReason | null): UndefinedReason | null =>
  reason === null ? null : UndefinedReason[reason];
export const dimensionOf = (grouping: Grouping): AnalysisDimension =>
  ({
    category: AnalysisDimension.CATEGORY,
    county: AnalysisDimension.COUNTY,
    sizeClass: AnalysisDimension.SIZE_CLASS,
    configuration: AnalysisDimension.CONFIGURATION,
  })[grouping];

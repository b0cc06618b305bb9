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
  NO_FRAME = "NO_FRAME",
  OUTSIDE_FRAME = "OUTSIDE_FRAME",
  UNCOVERED_FRAME = "UNCOVERED_FRAME",
  NOT_CONVERGED = "NOT_CONVERGED",
  SAMPLE_EXCEEDS_FRAME = "SAMPLE_EXCEEDS_FRAME",
  NOT_STORED = "NOT_STORED",
  SINGULAR_MATRIX = "SINGULAR_MATRIX",
  HEYWOOD_CASE = "HEYWOOD_CASE",
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
    TOO_FEW_DISTINCT_CASES: {
      description:
        "Fewer distinct answer patterns than clusters requested (early/late: so many responses share a submission instant that the two quartiles meet).",
    },
    NO_FRAME: {
      description: "No sampling frame: the study holds no eligible companies (in the filter's scope).",
    },
    OUTSIDE_FRAME: {
      description:
        "Respondents fall in a county, size class or county × size class cell where the frame has no company.",
    },
    UNCOVERED_FRAME: {
      description: "The frame has companies in a county or size class that no respondent comes from.",
    },
    NOT_CONVERGED: {
      description:
        "An iterative fit stopped at its iteration cap: raking (100) without meeting both margins, or the one-factor model.",
    },
    SAMPLE_EXCEEDS_FRAME: {
      description: "The frame holds no more companies than there are respondents: no design effect.",
    },
    NOT_STORED: { description: "A saved analysis from an engine that did not compute this part." },
    SINGULAR_MATRIX: {
      description:
        "The item correlation matrix is singular (e.g. two statements answered identically): no factor model.",
    },
    HEYWOOD_CASE: {
      description: "A uniqueness of the one-factor model reached its lower bound (a Heywood case): no omega.",
    },
  },
});

/** Which test gave a p-value shown with a result. */
export enum PValueMethod {
  ASYMPTOTIC = "asymptotic",
  EXACT = "exact",
  FISHER = "fisher",
  MONTE_CARLO = "monte-carlo",
}
registerEnumType(PValueMethod, {
  name: "PValueMethod",
  description: "Which test gave a p-value.",
  valuesConfig: {
    ASYMPTOTIC: { description: "A large-sample distribution (t or chi-square)." },
    EXACT: { description: "Spearman's exact permutation p (below 10 pairs without ties)." },
    FISHER: { description: "Fisher's exact test, two-sided (2 × 2 tables with many low expected counts)." },
    MONTE_CARLO: {
      description: "Simulated tables with the same margins (see the test's simulation fields).",
    },
  },
});
export const pMethodOf = (method: "asymptotic" | "exact" | "fisher" | "monte-carlo"): PValueMethod =>
  ({
    asymptotic: PValueMethod.ASYMPTOTIC,
    exact: PValueMethod.EXACT,
    fisher: PValueMethod.FISHER,
    "monte-carlo": PValueMethod.MONTE_CARLO,
  })[method];

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

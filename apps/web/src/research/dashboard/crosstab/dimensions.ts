import {
  CATEGORIES,
  COUNTIES,
  SIZE_CLASS_LABELS,
  SMI_CONFIGURATIONS,
  type Localized,
  type SizeClass,
} from "@smi/questionnaire";
import type { AnalysisDimension } from "../../../gql/dashboard/graphql";

/** The four response variables the analysis cross-tabulates, as the address writes them. */
export const DIMENSIONS = ["category", "county", "size", "config"] as const;
export type DimensionParam = (typeof DIMENSIONS)[number];

export const DIMENSION_OF: Readonly<Record<DimensionParam, AnalysisDimension>> = {
  category: "CATEGORY",
  county: "COUNTY",
  size: "SIZE_CLASS",
  config: "CONFIGURATION",
};

/** A level's name in the reader's language: county names are proper names, the same in both. */
export function levelLabel(
  dimension: AnalysisDimension,
  level: string,
  localized: (text: Localized) => string,
): string {
  switch (dimension) {
    case "CATEGORY": {
      const category = CATEGORIES.find((c) => c.id === level);
      return category ? localized(category.label) : level;
    }
    case "COUNTY":
      return COUNTIES.find((c) => c.code === level)?.name ?? level;
    case "SIZE_CLASS":
      return level in SIZE_CLASS_LABELS ? localized(SIZE_CLASS_LABELS[level as SizeClass]) : level;
    case "CONFIGURATION": {
      const configuration = SMI_CONFIGURATIONS.find((c) => c.id === level);
      return configuration ? localized(configuration.label) : level;
    }
  }
}

import {
  CATEGORY_IDS,
  CONSISTENCY_RULE_IDS,
  COUNTY_CODES,
  INELIGIBILITY_CODES,
  LOCALES,
  SIZE_CLASSES,
  SMI_CONFIGURATION_IDS,
} from "@smi/questionnaire";
import { stringEnum } from "../../graphql/string-enum";

/** The questionnaire package's closed sets as GraphQL enums, each registered once from the package's own list. */
export const CountyEnum = stringEnum(COUNTY_CODES, "County", "One of the seven counties of the study area.");

export const SizeClassEnum = stringEnum(
  SIZE_CLASSES,
  "SizeClass",
  "EU SME size class (Recommendation 2003/361/EC); large companies are outside the population.",
);

export const CategoryEnum = stringEnum(
  CATEGORY_IDS,
  "Category",
  "Integration category of Kotler, Rackham & Krishnaswamy (2006), from the total score.",
);

export const SmiConfigurationEnum = stringEnum(
  SMI_CONFIGURATION_IDS,
  "SmiConfiguration",
  "Marketing–sales interface configuration of Biemans, Makovec Brenčič & Malshe (2010).",
);

export const LocaleEnum = stringEnum(LOCALES, "Locale", "Language of the questionnaire and e-mails.");

export const IneligibilityCodeEnum = stringEnum(
  INELIGIBILITY_CODES,
  "IneligibilityCode",
  "Why a company is outside the population: not an SME, outside the seven counties, or no marketing department.",
);

export const ConsistencyRuleEnum = stringEnum(
  CONSISTENCY_RULE_IDS,
  "ConsistencyRule",
  "A pair of answers that cannot both be true; the respondent confirms them or changes one.",
);

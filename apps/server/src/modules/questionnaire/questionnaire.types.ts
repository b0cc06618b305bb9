import type { CategoryId, CountyCode, SmiConfigurationId } from "@smi/questionnaire";
import { CategoryEnum, CountyEnum, SmiConfigurationEnum } from "./questionnaire-enums";
import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A text in Romanian and English." })
export class LocalizedText {
  @Field()
  ro: string;

  @Field()
  en: string;
}

@ObjectType({ description: "One of the 20 statements, rated 1–5." })
export class QuestionnaireItem {
  @Field({ description: "Stable id, q01…q20, used as the variable name in exports." })
  id: string;

  @Field(() => LocalizedText)
  statement: LocalizedText;

  @Field(() => LocalizedText, { description: "What integrated companies do on this point." })
  integratedPractice: LocalizedText;
}

@ObjectType()
export class ScalePoint {
  @Field(() => Int)
  value: number;

  @Field(() => LocalizedText)
  label: LocalizedText;
}

@ObjectType({ description: "A band of the total score (Kotler, Rackham & Krishnaswamy, 2006)." })
export class CategoryDefinition {
  @Field(() => CategoryEnum)
  id: CategoryId;

  @Field(() => Int, { description: "Lowest total in the band, inclusive." })
  min: number;

  @Field(() => Int, { description: "Highest total in the band, inclusive." })
  max: number;

  @Field(() => LocalizedText)
  label: LocalizedText;

  @Field(() => LocalizedText)
  description: LocalizedText;
}

@ObjectType({ description: "A county of the study area (ISO 3166-2:RO)." })
export class CountyDefinition {
  @Field(() => CountyEnum)
  code: CountyCode;

  @Field({ description: "Full ISO 3166-2 code, e.g. RO-BH." })
  iso: string;

  @Field()
  name: string;

  @Field({ description: "County seat." })
  seat: string;
}

@ObjectType({ description: "A business-performance indicator respondents may report." })
export class PerformanceIndicatorDefinition {
  @Field()
  id: string;

  @Field(() => LocalizedText)
  label: LocalizedText;

  @Field(() => LocalizedText)
  help: LocalizedText;

  @Field({ description: "percent, count or eur." })
  unit: string;

  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;

  @Field({ description: "Whether only whole numbers are valid." })
  integer: boolean;
}

@ObjectType({ description: "A sales–marketing interface configuration (Biemans et al., 2010)." })
export class SmiConfigurationDefinition {
  @Field(() => SmiConfigurationEnum)
  id: SmiConfigurationId;

  @Field(() => LocalizedText)
  label: LocalizedText;

  @Field(() => LocalizedText)
  description: LocalizedText;
}

@ObjectType({ description: "The questionnaire and its scoring key, as the server applies them." })
export class Questionnaire {
  @Field({ description: "Version of the scoring key stored with every response, e.g. kotler-2006-v1." })
  scoringKey: string;

  @Field(() => [QuestionnaireItem])
  items: QuestionnaireItem[];

  @Field(() => [ScalePoint])
  scale: ScalePoint[];

  @Field(() => [CategoryDefinition])
  categories: CategoryDefinition[];

  @Field(() => [CountyDefinition])
  counties: CountyDefinition[];

  @Field(() => [PerformanceIndicatorDefinition])
  performanceIndicators: PerformanceIndicatorDefinition[];

  @Field(() => [SmiConfigurationDefinition])
  configurations: SmiConfigurationDefinition[];
}

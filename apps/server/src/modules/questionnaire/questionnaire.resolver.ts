import {
  CATEGORIES,
  COUNTIES,
  ITEMS,
  PERFORMANCE_INDICATORS,
  SCALE,
  SCORING_KEY,
  SMI_CONFIGURATIONS,
} from "@smi/questionnaire";
import { Query, Resolver } from "type-graphql";
import { Questionnaire } from "./questionnaire.types";

/** Serves the definition from @smi/questionnaire, the single source of truth, for researchers' own tools. */
@Resolver(() => Questionnaire)
export class QuestionnaireResolver {
  @Query(() => Questionnaire, {
    description: "The statements, scale, categories and reference lists; public.",
  })
  questionnaire(): Questionnaire {
    return {
      scoringKey: SCORING_KEY,
      items: [...ITEMS],
      scale: [...SCALE],
      categories: [...CATEGORIES],
      counties: [...COUNTIES],
      performanceIndicators: [...PERFORMANCE_INDICATORS],
      configurations: [...SMI_CONFIGURATIONS],
    };
  }
}

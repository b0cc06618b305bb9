import {
  CATEGORIES,
  CONSENT_VERSION,
  COUNTIES,
  ITEMS,
  PERFORMANCE_INDICATORS,
  SCALE,
  SCORING_KEY,
  SMI_CONFIGURATIONS,
} from "@smi/questionnaire";
import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Questionnaire, StudyInfo } from "./questionnaire.types";

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

  @Query(() => StudyInfo, {
    description: "The study's controller and contact, for the consent notice; public.",
  })
  study(@Ctx() { env }: Context): StudyInfo {
    return {
      consentVersion: CONSENT_VERSION,
      controller: env.STUDY_CONTROLLER,
      contactEmail: env.STUDY_CONTACT_EMAIL,
      retentionMonths: env.DATA_RETENTION_MONTHS,
    };
  }
}

import * as api from "./index";

describe("the package barrel", () => {
  it("exports the agreed runtime API", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "LOCALES",
        "MISSING_CODES",
        "MISSING_REASONS",
        "MISSING_REASON_LABELS",
        "DEFAULT_LOCALE",
        "isLocale",
        "ITEM_IDS",
        "ITEMS",
        "isItemId",
        "SCALE",
        "SCALE_MIN",
        "SCALE_MAX",
        "isScaleValue",
        "CATEGORY_IDS",
        "CATEGORIES",
        "categoryOf",
        "SCORING_KEY",
        "validateAnswer",
        "validatePartialAnswers",
        "validateAnswers",
        "scoreAnswers",
        "lowestItems",
        "missingReasonOf",
        "COUNTY_CODES",
        "COUNTIES",
        "isCountyCode",
        "parseCounty",
        "SIZE_CLASSES",
        "SIZE_CLASS_LABELS",
        "SIZE_CEILINGS",
        "classifySize",
        "checkEligibility",
        "checkFrameEligibility",
        "PERFORMANCE_INDICATOR_IDS",
        "PERFORMANCE_INDICATORS",
        "validatePerformance",
        "INDICATOR_BOUNDS",
        "PROFILE_FIELDS",
        "PROFILE_LIMITS",
        "REQUIRED_PROFILE_FIELDS",
        "validateProfile",
        "CONSISTENCY_RULE_IDS",
        "CONSISTENCY_RULE_STEPS",
        "CONSISTENCY_RULES_TEXT",
        "findConflicts",
        "isConsistencyRuleId",
        "keptConfirmations",
        "unconfirmedConflicts",
        "CONSISTENCY_FLAG_VALUES",
        "FIRST_SCREENING_COLUMNS",
        "consistencyFlagColumn",
        "SMI_CONFIGURATION_IDS",
        "SMI_CONFIGURATIONS",
        "isSmiConfigurationId",
        "CONSENT_SECTIONS",
        "CONSENT_VERSION",
        "renderConsentText",
        "STUDY_TEXT_FIELDS",
        "RESPONSE_CODEBOOK",
        "IMPORT_COLUMNS",
        "RESPONSE_ID_MAX_LENGTH",
        "AAPOR_DISPOSITIONS",
        "DISPOSITION_OF_STATUS",
        "responseRates",
        "roCount",
        "roTakesDe",
        "toCommaBelow",
        "PROBLEM_CODES",
        "isProblemCode",
        "APP_ERROR_CODES",
        "TRANSPORT_ERROR_CODES",
        "INVITATION_UNAVAILABLE_REASONS",
        "INELIGIBILITY_CODES",
      ].sort(),
    );
  });

  it("scores a validated submission end to end", () => {
    const raw: unknown = JSON.parse(
      JSON.stringify(Object.fromEntries(api.ITEM_IDS.map((id, i) => [id, (i % 5) + 1]))),
    );
    const result = api.validateAnswers(raw);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    expect(api.scoreAnswers(result.value)).toEqual({
      total: 60,
      category: "aligned",
      scoringKey: "kotler-2006-v1",
    });
    expect(api.lowestItems(result.value)).toEqual(["q01", "q06", "q11"]);
  });
});

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
/** A categorical variable of a response: integration category, county, size class or SMI configuration. */
export type AnalysisDimension = "CATEGORY" | "CONFIGURATION" | "COUNTY" | "SIZE_CLASS";

/** Which invitations to count, by their company's county and size class. Empty lists mean all. */
export type ProgressFilterInput = {
  /** County codes, e.g. BH. */
  counties?: Array<string> | null | undefined;
  /** micro, small, medium, large. */
  sizeClasses?: Array<string> | null | undefined;
};

/** Which submitted responses to analyse. Empty lists mean all; dates are inclusive days. */
export type ResponseFilterInput = {
  /** SMI configuration ids. */
  configurations?: Array<string> | null | undefined;
  /** County codes, e.g. BH. */
  counties?: Array<string> | null | undefined;
  /** micro, small, medium, large. */
  sizeClasses?: Array<string> | null | undefined;
  /** YYYY-MM-DD, inclusive. */
  submittedFrom?: string | null | undefined;
  /** YYYY-MM-DD, inclusive. */
  submittedTo?: string | null | undefined;
};

/** Why a statistic is null. The engine never returns NaN or Infinity: a figure it cannot compute is null and its object names the first cause. */
export type UndefinedReason =
  /** No usable observation (all missing, or no responses match the filter). */
  | "NO_CASES"
  /** Fewer than two groups, table rows or table columns hold observations. */
  | "SINGLE_GROUP"
  /** Fewer observations than the statistic needs (an SD needs 2, a correlation 3, its CI 4). */
  | "TOO_FEW_CASES"
  /** Fewer distinct answer patterns than clusters requested. */
  | "TOO_FEW_DISTINCT_CASES"
  /** Fewer than two items to relate (or, for alpha-if-deleted, only two). */
  | "TOO_FEW_ITEMS"
  /** A variable is constant (for group tests: constant within every group, or all ranks tied). */
  | "ZERO_VARIANCE";

export type DashboardClustersQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
  k: number;
}>;

export type DashboardClustersQuery = {
  analysis: {
    n: number;
    clusters: {
      k: number;
      n: number;
      inertia: number | null;
      undefinedReason: UndefinedReason | null;
      clusters: Array<{ number: number; size: number; centroid: Array<number> }>;
      silhouette: { mean: number | null };
      adjustedRandIndex: { value: number | null };
      byCategory: {
        rowLevels: Array<string>;
        columnLevels: Array<string>;
        cells: Array<{ row: string; column: string; count: number | null }>;
      };
    };
  };
};

export type DashboardKSelectionQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
}>;

export type DashboardKSelectionQuery = {
  analysis: {
    n: number;
    kSelection: {
      sampleSize: number;
      sampled: boolean;
      candidates: Array<{ k: number; inertia: number | null; silhouette: number | null }>;
    };
  };
};

export type DashboardCategoryByCountyQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
}>;

export type DashboardCategoryByCountyQuery = {
  categoryByCounty: {
    total: number;
    cells: Array<{ county: string; category: string; n: number | null; suppressed: boolean }>;
  };
};

export type DashboardCrossTabQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
  rows: AnalysisDimension;
  columns: AnalysisDimension;
}>;

export type DashboardCrossTabQuery = {
  analysis: {
    n: number;
    crossTab: {
      rows: AnalysisDimension;
      columns: AnalysisDimension;
      rowLevels: Array<string>;
      columnLevels: Array<string>;
      n: number;
      missing: number;
      cells: Array<{
        row: string;
        column: string;
        count: number | null;
        rowPercent: number | null;
        columnPercent: number | null;
        totalPercent: number | null;
        expected: number | null;
      }>;
      rowTotals: Array<{ level: string; n: number }>;
      columnTotals: Array<{ level: string; n: number }>;
      chiSquare: {
        statistic: number | null;
        df: number | null;
        p: number | null;
        cramersV: number | null;
        lowExpectedCells: number;
        lowExpectedShare: number | null;
        approximationWarning: boolean;
        undefinedReason: UndefinedReason | null;
      };
    };
  };
};

export type DashboardStudyProgressQueryVariables = Exact<{
  filter?: ProgressFilterInput | null | undefined;
}>;

export type DashboardStudyProgressQuery = {
  studyProgress: {
    total: {
      invited: number;
      sent: number;
      opened: number;
      started: number;
      completed: number;
      screenedOut: number;
      responseRate: number | null;
    };
    byCounty: Array<{
      level: string | null;
      invited: number;
      sent: number;
      opened: number;
      started: number;
      completed: number;
      screenedOut: number;
      responseRate: number | null;
    }>;
    bySizeClass: Array<{
      level: string | null;
      invited: number;
      sent: number;
      opened: number;
      started: number;
      completed: number;
      screenedOut: number;
      responseRate: number | null;
    }>;
    weekly: Array<{
      county: string | null;
      weeks: Array<{ weekStart: string; sent: number; completed: number; responseRate: number | null }>;
    }>;
  };
};

export type DashboardReliabilityQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
}>;

export type DashboardReliabilityQuery = {
  analysis: {
    n: number;
    reliability: {
      n: number;
      itemCount: number;
      alpha: number | null;
      standardizedAlpha: number | null;
      averageR: number | null;
      undefinedReason: UndefinedReason | null;
      items: Array<{ itemId: string; rDrop: number | null; alphaIfDeleted: number | null }>;
    };
  };
};

export type DashboardCorrelationsQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
  indicator: string;
}>;

export type DashboardCorrelationsQuery = {
  analysis: {
    n: number;
    correlations: Array<{
      indicator: string;
      pearson: {
        n: number;
        r: number | null;
        p: number | null;
        ciLower: number | null;
        ciUpper: number | null;
      };
      spearman: { rho: number | null; p: number | null };
    }>;
    scorePoints: Array<{ total: number; value: number }>;
  };
};

export type DashboardGroupComparisonsQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
}>;

export type DashboardGroupComparisonsQuery = {
  analysis: {
    n: number;
    groupComparisons: Array<{
      grouping: AnalysisDimension;
      n: number;
      groups: Array<{ group: string; n: number; mean: number | null; sd: number | null }>;
      anova: {
        f: number | null;
        df1: number | null;
        df2: number | null;
        p: number | null;
        etaSquared: number | null;
      };
      kruskalWallis: { h: number | null; df: number | null; p: number | null };
    }>;
  };
};

export type DashboardCompanyReportQueryVariables = Exact<{
  companyId: string | number;
}>;

export type DashboardCompanyReportQuery = {
  companyReport: {
    responseId: string;
    companyId: string | null;
    companyName: string | null;
    county: string | null;
    submittedAt: unknown;
    totalScore: number;
    category: string;
    items: Array<{
      itemId: string;
      position: number;
      answer: number;
      countyMean: number | null;
      studyMean: number | null;
    }>;
    countyReference: { n: number; suppressed: boolean; totalMean: number | null };
    studyReference: { n: number; suppressed: boolean; totalMean: number | null };
  };
};

export type DashboardRespondingCompaniesQueryVariables = Exact<{
  search?: string | null | undefined;
  limit: number;
}>;

export type DashboardRespondingCompaniesQuery = {
  invitations: {
    total: number;
    items: Array<{
      id: string;
      companyId: string;
      companyName: string;
      county: string;
      completedAt: unknown;
    }>;
  };
};

export type SavedKeyFiguresFragment = {
  n: number;
  dataHash: string;
  engineVersion: string;
  parameters: { k: number; seed: number };
  filter: {
    counties: Array<string>;
    sizeClasses: Array<string>;
    configurations: Array<string>;
    submittedFrom: string | null;
    submittedTo: string | null;
  };
  descriptives: {
    total: {
      n: number;
      mean: number | null;
      sd: number | null;
      median: number | null;
      min: number | null;
      max: number | null;
    };
  };
  categories: { n: number; levels: Array<{ level: string; count: number; percent: number | null }> };
  reliability: { n: number; alpha: number | null };
};

export type DashboardSavedAnalysesQueryVariables = Exact<{ [key: string]: never }>;

export type DashboardSavedAnalysesQuery = {
  savedAnalyses: Array<{
    id: string;
    name: string;
    createdBy: string | null;
    createdAt: unknown;
    isStale: boolean;
    results: {
      n: number;
      engineVersion: string;
      parameters: { k: number; seed: number };
      filter: {
        counties: Array<string>;
        sizeClasses: Array<string>;
        configurations: Array<string>;
        submittedFrom: string | null;
        submittedTo: string | null;
      };
    };
  }>;
};

export type DashboardSavedAnalysisQueryVariables = Exact<{
  id: string | number;
}>;

export type DashboardSavedAnalysisQuery = {
  savedAnalysis: {
    id: string;
    name: string;
    createdBy: string | null;
    createdAt: unknown;
    isStale: boolean;
    currentDataHash: string;
    results: {
      n: number;
      dataHash: string;
      engineVersion: string;
      parameters: { k: number; seed: number };
      filter: {
        counties: Array<string>;
        sizeClasses: Array<string>;
        configurations: Array<string>;
        submittedFrom: string | null;
        submittedTo: string | null;
      };
      descriptives: {
        total: {
          n: number;
          mean: number | null;
          sd: number | null;
          median: number | null;
          min: number | null;
          max: number | null;
        };
      };
      categories: { n: number; levels: Array<{ level: string; count: number; percent: number | null }> };
      reliability: { n: number; alpha: number | null };
    };
  };
};

export type DashboardSavedAnalysisRerunQueryVariables = Exact<{
  id: string | number;
}>;

export type DashboardSavedAnalysisRerunQuery = {
  savedAnalysis: {
    id: string;
    rerun: {
      n: number;
      dataHash: string;
      engineVersion: string;
      parameters: { k: number; seed: number };
      filter: {
        counties: Array<string>;
        sizeClasses: Array<string>;
        configurations: Array<string>;
        submittedFrom: string | null;
        submittedTo: string | null;
      };
      descriptives: {
        total: {
          n: number;
          mean: number | null;
          sd: number | null;
          median: number | null;
          min: number | null;
          max: number | null;
        };
      };
      categories: { n: number; levels: Array<{ level: string; count: number; percent: number | null }> };
      reliability: { n: number; alpha: number | null };
    };
  };
};

export type DashboardSaveAnalysisMutationVariables = Exact<{
  name: string;
  filter?: ResponseFilterInput | null | undefined;
  k: number;
  seed: number;
}>;

export type DashboardSaveAnalysisMutation = { saveAnalysis: { id: string; name: string } };

export type DashboardItemAnswersQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
}>;

export type DashboardItemAnswersQuery = {
  analysis: {
    n: number;
    items: Array<{
      itemId: string;
      position: number;
      mean: number | null;
      sd: number | null;
      answerCounts: Array<number>;
    }>;
  };
};

export type DashboardScoreDistributionQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
}>;

export type DashboardScoreDistributionQuery = {
  analysis: {
    n: number;
    descriptives: {
      total: {
        n: number;
        mean: number | null;
        sd: number | null;
        median: number | null;
        q1: number | null;
        q3: number | null;
      };
    };
    scoreDistribution: Array<{ score: number; count: number }>;
  };
};

export const SavedKeyFiguresFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SavedKeyFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AnalysisRun" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "n" } },
          { kind: "Field", name: { kind: "Name", value: "dataHash" } },
          { kind: "Field", name: { kind: "Name", value: "engineVersion" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "parameters" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "k" } },
                { kind: "Field", name: { kind: "Name", value: "seed" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "filter" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "counties" } },
                { kind: "Field", name: { kind: "Name", value: "sizeClasses" } },
                { kind: "Field", name: { kind: "Name", value: "configurations" } },
                { kind: "Field", name: { kind: "Name", value: "submittedFrom" } },
                { kind: "Field", name: { kind: "Name", value: "submittedTo" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "descriptives" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "total" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "mean" } },
                      { kind: "Field", name: { kind: "Name", value: "sd" } },
                      { kind: "Field", name: { kind: "Name", value: "median" } },
                      { kind: "Field", name: { kind: "Name", value: "min" } },
                      { kind: "Field", name: { kind: "Name", value: "max" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "categories" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "levels" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "percent" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reliability" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                { kind: "Field", name: { kind: "Name", value: "alpha" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavedKeyFiguresFragment, unknown>;
export const DashboardClustersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardClusters" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "k" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "analysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "k" },
                value: { kind: "Variable", name: { kind: "Name", value: "k" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "clusters" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "k" } },
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "clusters" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "number" } },
                            { kind: "Field", name: { kind: "Name", value: "size" } },
                            { kind: "Field", name: { kind: "Name", value: "centroid" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "inertia" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "silhouette" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "mean" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "adjustedRandIndex" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "value" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "byCategory" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rowLevels" } },
                            { kind: "Field", name: { kind: "Name", value: "columnLevels" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "cells" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "row" } },
                                  { kind: "Field", name: { kind: "Name", value: "column" } },
                                  { kind: "Field", name: { kind: "Name", value: "count" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "undefinedReason" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardClustersQuery, DashboardClustersQueryVariables>;
export const DashboardKSelectionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardKSelection" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "analysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "kSelection" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "sampleSize" } },
                      { kind: "Field", name: { kind: "Name", value: "sampled" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "candidates" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "k" } },
                            { kind: "Field", name: { kind: "Name", value: "inertia" } },
                            { kind: "Field", name: { kind: "Name", value: "silhouette" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardKSelectionQuery, DashboardKSelectionQueryVariables>;
export const DashboardCategoryByCountyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardCategoryByCounty" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "categoryByCounty" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "total" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "cells" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "county" } },
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardCategoryByCountyQuery, DashboardCategoryByCountyQueryVariables>;
export const DashboardCrossTabDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardCrossTab" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "rows" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AnalysisDimension" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "columns" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AnalysisDimension" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "analysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "crossTab" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "rows" },
                      value: { kind: "Variable", name: { kind: "Name", value: "rows" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "columns" },
                      value: { kind: "Variable", name: { kind: "Name", value: "columns" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "rows" } },
                      { kind: "Field", name: { kind: "Name", value: "columns" } },
                      { kind: "Field", name: { kind: "Name", value: "rowLevels" } },
                      { kind: "Field", name: { kind: "Name", value: "columnLevels" } },
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "missing" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "cells" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "row" } },
                            { kind: "Field", name: { kind: "Name", value: "column" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "rowPercent" } },
                            { kind: "Field", name: { kind: "Name", value: "columnPercent" } },
                            { kind: "Field", name: { kind: "Name", value: "totalPercent" } },
                            { kind: "Field", name: { kind: "Name", value: "expected" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "rowTotals" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "level" } },
                            { kind: "Field", name: { kind: "Name", value: "n" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "columnTotals" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "level" } },
                            { kind: "Field", name: { kind: "Name", value: "n" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "chiSquare" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "statistic" } },
                            { kind: "Field", name: { kind: "Name", value: "df" } },
                            { kind: "Field", name: { kind: "Name", value: "p" } },
                            { kind: "Field", name: { kind: "Name", value: "cramersV" } },
                            { kind: "Field", name: { kind: "Name", value: "lowExpectedCells" } },
                            { kind: "Field", name: { kind: "Name", value: "lowExpectedShare" } },
                            { kind: "Field", name: { kind: "Name", value: "approximationWarning" } },
                            { kind: "Field", name: { kind: "Name", value: "undefinedReason" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardCrossTabQuery, DashboardCrossTabQueryVariables>;
export const DashboardStudyProgressDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardStudyProgress" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ProgressFilterInput" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "studyProgress" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "total" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "invited" } },
                      { kind: "Field", name: { kind: "Name", value: "sent" } },
                      { kind: "Field", name: { kind: "Name", value: "opened" } },
                      { kind: "Field", name: { kind: "Name", value: "started" } },
                      { kind: "Field", name: { kind: "Name", value: "completed" } },
                      { kind: "Field", name: { kind: "Name", value: "screenedOut" } },
                      { kind: "Field", name: { kind: "Name", value: "responseRate" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byCounty" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "invited" } },
                      { kind: "Field", name: { kind: "Name", value: "sent" } },
                      { kind: "Field", name: { kind: "Name", value: "opened" } },
                      { kind: "Field", name: { kind: "Name", value: "started" } },
                      { kind: "Field", name: { kind: "Name", value: "completed" } },
                      { kind: "Field", name: { kind: "Name", value: "screenedOut" } },
                      { kind: "Field", name: { kind: "Name", value: "responseRate" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bySizeClass" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "invited" } },
                      { kind: "Field", name: { kind: "Name", value: "sent" } },
                      { kind: "Field", name: { kind: "Name", value: "opened" } },
                      { kind: "Field", name: { kind: "Name", value: "started" } },
                      { kind: "Field", name: { kind: "Name", value: "completed" } },
                      { kind: "Field", name: { kind: "Name", value: "screenedOut" } },
                      { kind: "Field", name: { kind: "Name", value: "responseRate" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "weekly" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "county" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "weeks" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "weekStart" } },
                            { kind: "Field", name: { kind: "Name", value: "sent" } },
                            { kind: "Field", name: { kind: "Name", value: "completed" } },
                            { kind: "Field", name: { kind: "Name", value: "responseRate" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardStudyProgressQuery, DashboardStudyProgressQueryVariables>;
export const DashboardReliabilityDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardReliability" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "analysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "reliability" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "itemCount" } },
                      { kind: "Field", name: { kind: "Name", value: "alpha" } },
                      { kind: "Field", name: { kind: "Name", value: "standardizedAlpha" } },
                      { kind: "Field", name: { kind: "Name", value: "averageR" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "items" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "itemId" } },
                            { kind: "Field", name: { kind: "Name", value: "rDrop" } },
                            { kind: "Field", name: { kind: "Name", value: "alphaIfDeleted" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "undefinedReason" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardReliabilityQuery, DashboardReliabilityQueryVariables>;
export const DashboardCorrelationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardCorrelations" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "indicator" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "analysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "correlations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "indicator" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pearson" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "n" } },
                            { kind: "Field", name: { kind: "Name", value: "r" } },
                            { kind: "Field", name: { kind: "Name", value: "p" } },
                            { kind: "Field", name: { kind: "Name", value: "ciLower" } },
                            { kind: "Field", name: { kind: "Name", value: "ciUpper" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "spearman" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rho" } },
                            { kind: "Field", name: { kind: "Name", value: "p" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scorePoints" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "indicator" },
                      value: { kind: "Variable", name: { kind: "Name", value: "indicator" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "total" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardCorrelationsQuery, DashboardCorrelationsQueryVariables>;
export const DashboardGroupComparisonsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardGroupComparisons" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "analysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "groupComparisons" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "outcome" },
                      value: { kind: "StringValue", value: "total", block: false },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "grouping" } },
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "groups" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "group" } },
                            { kind: "Field", name: { kind: "Name", value: "n" } },
                            { kind: "Field", name: { kind: "Name", value: "mean" } },
                            { kind: "Field", name: { kind: "Name", value: "sd" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "anova" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "f" } },
                            { kind: "Field", name: { kind: "Name", value: "df1" } },
                            { kind: "Field", name: { kind: "Name", value: "df2" } },
                            { kind: "Field", name: { kind: "Name", value: "p" } },
                            { kind: "Field", name: { kind: "Name", value: "etaSquared" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "kruskalWallis" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "h" } },
                            { kind: "Field", name: { kind: "Name", value: "df" } },
                            { kind: "Field", name: { kind: "Name", value: "p" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardGroupComparisonsQuery, DashboardGroupComparisonsQueryVariables>;
export const DashboardCompanyReportDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardCompanyReport" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "companyId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "companyReport" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "companyId" },
                value: { kind: "Variable", name: { kind: "Name", value: "companyId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "responseId" } },
                { kind: "Field", name: { kind: "Name", value: "companyId" } },
                { kind: "Field", name: { kind: "Name", value: "companyName" } },
                { kind: "Field", name: { kind: "Name", value: "county" } },
                { kind: "Field", name: { kind: "Name", value: "submittedAt" } },
                { kind: "Field", name: { kind: "Name", value: "totalScore" } },
                { kind: "Field", name: { kind: "Name", value: "category" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "itemId" } },
                      { kind: "Field", name: { kind: "Name", value: "position" } },
                      { kind: "Field", name: { kind: "Name", value: "answer" } },
                      { kind: "Field", name: { kind: "Name", value: "countyMean" } },
                      { kind: "Field", name: { kind: "Name", value: "studyMean" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "countyReference" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "totalMean" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "studyReference" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                      { kind: "Field", name: { kind: "Name", value: "totalMean" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardCompanyReportQuery, DashboardCompanyReportQueryVariables>;
export const DashboardRespondingCompaniesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardRespondingCompanies" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "search" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "limit" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "invitations" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "statuses" },
                value: {
                  kind: "ListValue",
                  values: [{ kind: "StringValue", value: "completed", block: false }],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "search" },
                value: { kind: "Variable", name: { kind: "Name", value: "search" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "limit" },
                value: { kind: "Variable", name: { kind: "Name", value: "limit" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "total" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "companyId" } },
                      { kind: "Field", name: { kind: "Name", value: "companyName" } },
                      { kind: "Field", name: { kind: "Name", value: "county" } },
                      { kind: "Field", name: { kind: "Name", value: "completedAt" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardRespondingCompaniesQuery, DashboardRespondingCompaniesQueryVariables>;
export const DashboardSavedAnalysesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardSavedAnalyses" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "savedAnalyses" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "createdBy" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "isStale" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "results" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "engineVersion" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "parameters" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "k" } },
                            { kind: "Field", name: { kind: "Name", value: "seed" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "filter" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "counties" } },
                            { kind: "Field", name: { kind: "Name", value: "sizeClasses" } },
                            { kind: "Field", name: { kind: "Name", value: "configurations" } },
                            { kind: "Field", name: { kind: "Name", value: "submittedFrom" } },
                            { kind: "Field", name: { kind: "Name", value: "submittedTo" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardSavedAnalysesQuery, DashboardSavedAnalysesQueryVariables>;
export const DashboardSavedAnalysisDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardSavedAnalysis" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "savedAnalysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "createdBy" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "isStale" } },
                { kind: "Field", name: { kind: "Name", value: "currentDataHash" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "results" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "SavedKeyFigures" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SavedKeyFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AnalysisRun" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "n" } },
          { kind: "Field", name: { kind: "Name", value: "dataHash" } },
          { kind: "Field", name: { kind: "Name", value: "engineVersion" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "parameters" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "k" } },
                { kind: "Field", name: { kind: "Name", value: "seed" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "filter" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "counties" } },
                { kind: "Field", name: { kind: "Name", value: "sizeClasses" } },
                { kind: "Field", name: { kind: "Name", value: "configurations" } },
                { kind: "Field", name: { kind: "Name", value: "submittedFrom" } },
                { kind: "Field", name: { kind: "Name", value: "submittedTo" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "descriptives" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "total" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "mean" } },
                      { kind: "Field", name: { kind: "Name", value: "sd" } },
                      { kind: "Field", name: { kind: "Name", value: "median" } },
                      { kind: "Field", name: { kind: "Name", value: "min" } },
                      { kind: "Field", name: { kind: "Name", value: "max" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "categories" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "levels" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "percent" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reliability" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                { kind: "Field", name: { kind: "Name", value: "alpha" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardSavedAnalysisQuery, DashboardSavedAnalysisQueryVariables>;
export const DashboardSavedAnalysisRerunDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardSavedAnalysisRerun" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "savedAnalysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rerun" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "SavedKeyFigures" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SavedKeyFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AnalysisRun" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "n" } },
          { kind: "Field", name: { kind: "Name", value: "dataHash" } },
          { kind: "Field", name: { kind: "Name", value: "engineVersion" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "parameters" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "k" } },
                { kind: "Field", name: { kind: "Name", value: "seed" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "filter" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "counties" } },
                { kind: "Field", name: { kind: "Name", value: "sizeClasses" } },
                { kind: "Field", name: { kind: "Name", value: "configurations" } },
                { kind: "Field", name: { kind: "Name", value: "submittedFrom" } },
                { kind: "Field", name: { kind: "Name", value: "submittedTo" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "descriptives" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "total" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "n" } },
                      { kind: "Field", name: { kind: "Name", value: "mean" } },
                      { kind: "Field", name: { kind: "Name", value: "sd" } },
                      { kind: "Field", name: { kind: "Name", value: "median" } },
                      { kind: "Field", name: { kind: "Name", value: "min" } },
                      { kind: "Field", name: { kind: "Name", value: "max" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "categories" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "levels" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "level" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                      { kind: "Field", name: { kind: "Name", value: "percent" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "reliability" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                { kind: "Field", name: { kind: "Name", value: "alpha" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardSavedAnalysisRerunQuery, DashboardSavedAnalysisRerunQueryVariables>;
export const DashboardSaveAnalysisDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DashboardSaveAnalysis" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "name" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "k" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "seed" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "saveAnalysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "name" },
                value: { kind: "Variable", name: { kind: "Name", value: "name" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "k" },
                value: { kind: "Variable", name: { kind: "Name", value: "k" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "seed" },
                value: { kind: "Variable", name: { kind: "Name", value: "seed" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardSaveAnalysisMutation, DashboardSaveAnalysisMutationVariables>;
export const DashboardItemAnswersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardItemAnswers" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "analysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "itemId" } },
                      { kind: "Field", name: { kind: "Name", value: "position" } },
                      { kind: "Field", name: { kind: "Name", value: "mean" } },
                      { kind: "Field", name: { kind: "Name", value: "sd" } },
                      { kind: "Field", name: { kind: "Name", value: "answerCounts" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardItemAnswersQuery, DashboardItemAnswersQueryVariables>;
export const DashboardScoreDistributionDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DashboardScoreDistribution" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ResponseFilterInput" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "analysis" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "n" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "descriptives" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "total" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "n" } },
                            { kind: "Field", name: { kind: "Name", value: "mean" } },
                            { kind: "Field", name: { kind: "Name", value: "sd" } },
                            { kind: "Field", name: { kind: "Name", value: "median" } },
                            { kind: "Field", name: { kind: "Name", value: "q1" } },
                            { kind: "Field", name: { kind: "Name", value: "q3" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scoreDistribution" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "score" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardScoreDistributionQuery, DashboardScoreDistributionQueryVariables>;

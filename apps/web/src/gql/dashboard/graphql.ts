/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
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

export type DashboardCategoryByCountyQueryVariables = Exact<{
  filter?: ResponseFilterInput | null | undefined;
}>;

export type DashboardCategoryByCountyQuery = {
  categoryByCounty: {
    total: number;
    cells: Array<{ county: string; category: string; n: number | null; suppressed: boolean }>;
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

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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


export type DashboardCategoryByCountyQuery = { categoryByCounty: { total: number, cells: Array<{ county: string, category: string, n: number | null, suppressed: boolean }> } };

export type DashboardStudyProgressQueryVariables = Exact<{
  filter?: ProgressFilterInput | null | undefined;
}>;


export type DashboardStudyProgressQuery = { studyProgress: { total: { invited: number, sent: number, opened: number, started: number, completed: number, screenedOut: number, responseRate: number | null }, byCounty: Array<{ level: string | null, invited: number, sent: number, opened: number, started: number, completed: number, screenedOut: number, responseRate: number | null }>, bySizeClass: Array<{ level: string | null, invited: number, sent: number, opened: number, started: number, completed: number, screenedOut: number, responseRate: number | null }>, weekly: Array<{ county: string | null, weeks: Array<{ weekStart: string, sent: number, completed: number, responseRate: number | null }> }> } };


export const DashboardCategoryByCountyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCategoryByCounty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryByCounty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCategoryByCountyQuery, DashboardCategoryByCountyQueryVariables>;
export const DashboardStudyProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStudyProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOut"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCounty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOut"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySizeClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOut"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardStudyProgressQuery, DashboardStudyProgressQueryVariables>;
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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


export const DashboardCategoryByCountyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCategoryByCounty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryByCounty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCategoryByCountyQuery, DashboardCategoryByCountyQueryVariables>;
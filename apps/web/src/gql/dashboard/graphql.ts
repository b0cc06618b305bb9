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

export type DashboardCompanyReportQueryVariables = Exact<{
  companyId: string | number;
}>;


export type DashboardCompanyReportQuery = { companyReport: { responseId: string, companyId: string | null, companyName: string | null, county: string | null, submittedAt: unknown, totalScore: number, category: string, items: Array<{ itemId: string, position: number, answer: number, countyMean: number | null, studyMean: number | null }>, countyReference: { n: number, suppressed: boolean, totalMean: number | null }, studyReference: { n: number, suppressed: boolean, totalMean: number | null } } };

export type DashboardRespondingCompaniesQueryVariables = Exact<{
  search?: string | null | undefined;
  limit: number;
}>;


export type DashboardRespondingCompaniesQuery = { invitations: { total: number, items: Array<{ id: string, companyId: string, companyName: string, county: string, completedAt: unknown }> } };


export const DashboardCategoryByCountyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCategoryByCounty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryByCounty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCategoryByCountyQuery, DashboardCategoryByCountyQueryVariables>;
export const DashboardStudyProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStudyProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOut"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCounty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOut"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySizeClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOut"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardStudyProgressQuery, DashboardStudyProgressQueryVariables>;
export const DashboardCompanyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCompanyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseId"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"countyMean"}},{"kind":"Field","name":{"kind":"Name","value":"studyMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countyReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"totalMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studyReference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"totalMean"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCompanyReportQuery, DashboardCompanyReportQueryVariables>;
export const DashboardRespondingCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRespondingCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"completed","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRespondingCompaniesQuery, DashboardRespondingCompaniesQueryVariables>;
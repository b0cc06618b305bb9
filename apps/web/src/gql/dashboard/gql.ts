/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  query DashboardClusters($filter: ResponseFilterInput, $k: Int!) {\n    analysis(filter: $filter, k: $k) {\n      n\n      clusters {\n        k\n        n\n        clusters {\n          number\n          size\n          centroid\n        }\n        inertia\n        silhouette {\n          mean\n        }\n        adjustedRandIndex {\n          value\n        }\n        byCategory {\n          rowLevels\n          columnLevels\n          cells {\n            row\n            column\n            count\n          }\n        }\n        undefinedReason\n      }\n    }\n  }\n": typeof types.DashboardClustersDocument;
  "\n  query DashboardKSelection($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      kSelection {\n        sampleSize\n        sampled\n        candidates {\n          k\n          inertia\n          silhouette\n        }\n      }\n    }\n  }\n": typeof types.DashboardKSelectionDocument;
  "\n  query DashboardCategoryByCounty($filter: ResponseFilterInput) {\n    categoryByCounty(filter: $filter) {\n      total\n      cells {\n        county\n        category\n        n\n        suppressed\n      }\n    }\n  }\n": typeof types.DashboardCategoryByCountyDocument;
  "\n  query DashboardCrossTab(\n    $filter: ResponseFilterInput\n    $rows: AnalysisDimension!\n    $columns: AnalysisDimension!\n  ) {\n    analysis(filter: $filter) {\n      n\n      crossTab(rows: $rows, columns: $columns) {\n        rows\n        columns\n        rowLevels\n        columnLevels\n        n\n        missing\n        cells {\n          row\n          column\n          count\n          rowPercent\n          columnPercent\n          totalPercent\n          expected\n        }\n        rowTotals {\n          level\n          n\n        }\n        columnTotals {\n          level\n          n\n        }\n        chiSquare {\n          statistic\n          df\n          p\n          cramersV\n          lowExpectedCells\n          lowExpectedShare\n          approximationWarning\n          undefinedReason\n        }\n      }\n    }\n  }\n": typeof types.DashboardCrossTabDocument;
  "\n  query DashboardStudyProgress($filter: ProgressFilterInput) {\n    studyProgress(filter: $filter) {\n      total {\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      byCounty {\n        level\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      bySizeClass {\n        level\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      weekly {\n        county\n        weeks {\n          weekStart\n          sent\n          completed\n          responseRate\n        }\n      }\n    }\n  }\n": typeof types.DashboardStudyProgressDocument;
  "\n  query DashboardReliability($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      reliability {\n        n\n        itemCount\n        alpha\n        standardizedAlpha\n        averageR\n        items {\n          itemId\n          rDrop\n          alphaIfDeleted\n        }\n        undefinedReason\n      }\n    }\n  }\n": typeof types.DashboardReliabilityDocument;
  "\n  query DashboardCorrelations($filter: ResponseFilterInput, $indicator: String!) {\n    analysis(filter: $filter) {\n      n\n      correlations {\n        indicator\n        pearson {\n          n\n          r\n          p\n          ciLower\n          ciUpper\n        }\n        spearman {\n          rho\n          p\n        }\n      }\n      scorePoints(indicator: $indicator) {\n        total\n        value\n      }\n    }\n  }\n": typeof types.DashboardCorrelationsDocument;
  '\n  query DashboardGroupComparisons($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      groupComparisons(outcome: "total") {\n        grouping\n        n\n        groups {\n          group\n          n\n          mean\n          sd\n        }\n        anova {\n          f\n          df1\n          df2\n          p\n          etaSquared\n        }\n        kruskalWallis {\n          h\n          df\n          p\n        }\n      }\n    }\n  }\n': typeof types.DashboardGroupComparisonsDocument;
  "\n  query DashboardCompanyReport($companyId: ID!) {\n    companyReport(companyId: $companyId) {\n      responseId\n      companyId\n      companyName\n      county\n      submittedAt\n      totalScore\n      category\n      items {\n        itemId\n        position\n        answer\n        countyMean\n        studyMean\n      }\n      countyReference {\n        n\n        suppressed\n        totalMean\n      }\n      studyReference {\n        n\n        suppressed\n        totalMean\n      }\n    }\n  }\n": typeof types.DashboardCompanyReportDocument;
  '\n  query DashboardRespondingCompanies($search: String, $limit: Int!) {\n    invitations(statuses: ["completed"], search: $search, limit: $limit) {\n      total\n      items {\n        id\n        companyId\n        companyName\n        county\n        completedAt\n      }\n    }\n  }\n': typeof types.DashboardRespondingCompaniesDocument;
  "\n  fragment SavedKeyFigures on AnalysisRun {\n    n\n    dataHash\n    engineVersion\n    parameters {\n      k\n      seed\n    }\n    filter {\n      counties\n      sizeClasses\n      configurations\n      submittedFrom\n      submittedTo\n    }\n    descriptives {\n      total {\n        n\n        mean\n        sd\n        median\n        min\n        max\n      }\n    }\n    categories {\n      n\n      levels {\n        level\n        count\n        percent\n      }\n    }\n    reliability {\n      n\n      alpha\n    }\n  }\n": typeof types.SavedKeyFiguresFragmentDoc;
  "\n  query DashboardSavedAnalyses {\n    savedAnalyses {\n      id\n      name\n      createdBy\n      createdAt\n      isStale\n      results {\n        n\n        engineVersion\n        parameters {\n          k\n          seed\n        }\n        filter {\n          counties\n          sizeClasses\n          configurations\n          submittedFrom\n          submittedTo\n        }\n      }\n    }\n  }\n": typeof types.DashboardSavedAnalysesDocument;
  "\n  query DashboardSavedAnalysis($id: ID!) {\n    savedAnalysis(id: $id) {\n      id\n      name\n      createdBy\n      createdAt\n      isStale\n      currentDataHash\n      results {\n        ...SavedKeyFigures\n      }\n    }\n  }\n": typeof types.DashboardSavedAnalysisDocument;
  "\n  query DashboardSavedAnalysisRerun($id: ID!) {\n    savedAnalysis(id: $id) {\n      id\n      rerun {\n        ...SavedKeyFigures\n      }\n    }\n  }\n": typeof types.DashboardSavedAnalysisRerunDocument;
  "\n  mutation DashboardSaveAnalysis($name: String!, $filter: ResponseFilterInput, $k: Int!, $seed: Int!) {\n    saveAnalysis(name: $name, filter: $filter, k: $k, seed: $seed) {\n      id\n      name\n    }\n  }\n": typeof types.DashboardSaveAnalysisDocument;
  "\n  query DashboardItemAnswers($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      items {\n        itemId\n        position\n        mean\n        sd\n        answerCounts\n      }\n    }\n  }\n": typeof types.DashboardItemAnswersDocument;
  "\n  query DashboardScoreDistribution($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      descriptives {\n        total {\n          n\n          mean\n          sd\n          median\n          q1\n          q3\n        }\n      }\n      scoreDistribution {\n        score\n        count\n      }\n    }\n  }\n": typeof types.DashboardScoreDistributionDocument;
};
const documents: Documents = {
  "\n  query DashboardClusters($filter: ResponseFilterInput, $k: Int!) {\n    analysis(filter: $filter, k: $k) {\n      n\n      clusters {\n        k\n        n\n        clusters {\n          number\n          size\n          centroid\n        }\n        inertia\n        silhouette {\n          mean\n        }\n        adjustedRandIndex {\n          value\n        }\n        byCategory {\n          rowLevels\n          columnLevels\n          cells {\n            row\n            column\n            count\n          }\n        }\n        undefinedReason\n      }\n    }\n  }\n":
    types.DashboardClustersDocument,
  "\n  query DashboardKSelection($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      kSelection {\n        sampleSize\n        sampled\n        candidates {\n          k\n          inertia\n          silhouette\n        }\n      }\n    }\n  }\n":
    types.DashboardKSelectionDocument,
  "\n  query DashboardCategoryByCounty($filter: ResponseFilterInput) {\n    categoryByCounty(filter: $filter) {\n      total\n      cells {\n        county\n        category\n        n\n        suppressed\n      }\n    }\n  }\n":
    types.DashboardCategoryByCountyDocument,
  "\n  query DashboardCrossTab(\n    $filter: ResponseFilterInput\n    $rows: AnalysisDimension!\n    $columns: AnalysisDimension!\n  ) {\n    analysis(filter: $filter) {\n      n\n      crossTab(rows: $rows, columns: $columns) {\n        rows\n        columns\n        rowLevels\n        columnLevels\n        n\n        missing\n        cells {\n          row\n          column\n          count\n          rowPercent\n          columnPercent\n          totalPercent\n          expected\n        }\n        rowTotals {\n          level\n          n\n        }\n        columnTotals {\n          level\n          n\n        }\n        chiSquare {\n          statistic\n          df\n          p\n          cramersV\n          lowExpectedCells\n          lowExpectedShare\n          approximationWarning\n          undefinedReason\n        }\n      }\n    }\n  }\n":
    types.DashboardCrossTabDocument,
  "\n  query DashboardStudyProgress($filter: ProgressFilterInput) {\n    studyProgress(filter: $filter) {\n      total {\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      byCounty {\n        level\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      bySizeClass {\n        level\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      weekly {\n        county\n        weeks {\n          weekStart\n          sent\n          completed\n          responseRate\n        }\n      }\n    }\n  }\n":
    types.DashboardStudyProgressDocument,
  "\n  query DashboardReliability($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      reliability {\n        n\n        itemCount\n        alpha\n        standardizedAlpha\n        averageR\n        items {\n          itemId\n          rDrop\n          alphaIfDeleted\n        }\n        undefinedReason\n      }\n    }\n  }\n":
    types.DashboardReliabilityDocument,
  "\n  query DashboardCorrelations($filter: ResponseFilterInput, $indicator: String!) {\n    analysis(filter: $filter) {\n      n\n      correlations {\n        indicator\n        pearson {\n          n\n          r\n          p\n          ciLower\n          ciUpper\n        }\n        spearman {\n          rho\n          p\n        }\n      }\n      scorePoints(indicator: $indicator) {\n        total\n        value\n      }\n    }\n  }\n":
    types.DashboardCorrelationsDocument,
  '\n  query DashboardGroupComparisons($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      groupComparisons(outcome: "total") {\n        grouping\n        n\n        groups {\n          group\n          n\n          mean\n          sd\n        }\n        anova {\n          f\n          df1\n          df2\n          p\n          etaSquared\n        }\n        kruskalWallis {\n          h\n          df\n          p\n        }\n      }\n    }\n  }\n':
    types.DashboardGroupComparisonsDocument,
  "\n  query DashboardCompanyReport($companyId: ID!) {\n    companyReport(companyId: $companyId) {\n      responseId\n      companyId\n      companyName\n      county\n      submittedAt\n      totalScore\n      category\n      items {\n        itemId\n        position\n        answer\n        countyMean\n        studyMean\n      }\n      countyReference {\n        n\n        suppressed\n        totalMean\n      }\n      studyReference {\n        n\n        suppressed\n        totalMean\n      }\n    }\n  }\n":
    types.DashboardCompanyReportDocument,
  '\n  query DashboardRespondingCompanies($search: String, $limit: Int!) {\n    invitations(statuses: ["completed"], search: $search, limit: $limit) {\n      total\n      items {\n        id\n        companyId\n        companyName\n        county\n        completedAt\n      }\n    }\n  }\n':
    types.DashboardRespondingCompaniesDocument,
  "\n  fragment SavedKeyFigures on AnalysisRun {\n    n\n    dataHash\n    engineVersion\n    parameters {\n      k\n      seed\n    }\n    filter {\n      counties\n      sizeClasses\n      configurations\n      submittedFrom\n      submittedTo\n    }\n    descriptives {\n      total {\n        n\n        mean\n        sd\n        median\n        min\n        max\n      }\n    }\n    categories {\n      n\n      levels {\n        level\n        count\n        percent\n      }\n    }\n    reliability {\n      n\n      alpha\n    }\n  }\n":
    types.SavedKeyFiguresFragmentDoc,
  "\n  query DashboardSavedAnalyses {\n    savedAnalyses {\n      id\n      name\n      createdBy\n      createdAt\n      isStale\n      results {\n        n\n        engineVersion\n        parameters {\n          k\n          seed\n        }\n        filter {\n          counties\n          sizeClasses\n          configurations\n          submittedFrom\n          submittedTo\n        }\n      }\n    }\n  }\n":
    types.DashboardSavedAnalysesDocument,
  "\n  query DashboardSavedAnalysis($id: ID!) {\n    savedAnalysis(id: $id) {\n      id\n      name\n      createdBy\n      createdAt\n      isStale\n      currentDataHash\n      results {\n        ...SavedKeyFigures\n      }\n    }\n  }\n":
    types.DashboardSavedAnalysisDocument,
  "\n  query DashboardSavedAnalysisRerun($id: ID!) {\n    savedAnalysis(id: $id) {\n      id\n      rerun {\n        ...SavedKeyFigures\n      }\n    }\n  }\n":
    types.DashboardSavedAnalysisRerunDocument,
  "\n  mutation DashboardSaveAnalysis($name: String!, $filter: ResponseFilterInput, $k: Int!, $seed: Int!) {\n    saveAnalysis(name: $name, filter: $filter, k: $k, seed: $seed) {\n      id\n      name\n    }\n  }\n":
    types.DashboardSaveAnalysisDocument,
  "\n  query DashboardItemAnswers($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      items {\n        itemId\n        position\n        mean\n        sd\n        answerCounts\n      }\n    }\n  }\n":
    types.DashboardItemAnswersDocument,
  "\n  query DashboardScoreDistribution($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      descriptives {\n        total {\n          n\n          mean\n          sd\n          median\n          q1\n          q3\n        }\n      }\n      scoreDistribution {\n        score\n        count\n      }\n    }\n  }\n":
    types.DashboardScoreDistributionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardClusters($filter: ResponseFilterInput, $k: Int!) {\n    analysis(filter: $filter, k: $k) {\n      n\n      clusters {\n        k\n        n\n        clusters {\n          number\n          size\n          centroid\n        }\n        inertia\n        silhouette {\n          mean\n        }\n        adjustedRandIndex {\n          value\n        }\n        byCategory {\n          rowLevels\n          columnLevels\n          cells {\n            row\n            column\n            count\n          }\n        }\n        undefinedReason\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardClusters($filter: ResponseFilterInput, $k: Int!) {\n    analysis(filter: $filter, k: $k) {\n      n\n      clusters {\n        k\n        n\n        clusters {\n          number\n          size\n          centroid\n        }\n        inertia\n        silhouette {\n          mean\n        }\n        adjustedRandIndex {\n          value\n        }\n        byCategory {\n          rowLevels\n          columnLevels\n          cells {\n            row\n            column\n            count\n          }\n        }\n        undefinedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardKSelection($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      kSelection {\n        sampleSize\n        sampled\n        candidates {\n          k\n          inertia\n          silhouette\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardKSelection($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      kSelection {\n        sampleSize\n        sampled\n        candidates {\n          k\n          inertia\n          silhouette\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardCategoryByCounty($filter: ResponseFilterInput) {\n    categoryByCounty(filter: $filter) {\n      total\n      cells {\n        county\n        category\n        n\n        suppressed\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardCategoryByCounty($filter: ResponseFilterInput) {\n    categoryByCounty(filter: $filter) {\n      total\n      cells {\n        county\n        category\n        n\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardCrossTab(\n    $filter: ResponseFilterInput\n    $rows: AnalysisDimension!\n    $columns: AnalysisDimension!\n  ) {\n    analysis(filter: $filter) {\n      n\n      crossTab(rows: $rows, columns: $columns) {\n        rows\n        columns\n        rowLevels\n        columnLevels\n        n\n        missing\n        cells {\n          row\n          column\n          count\n          rowPercent\n          columnPercent\n          totalPercent\n          expected\n        }\n        rowTotals {\n          level\n          n\n        }\n        columnTotals {\n          level\n          n\n        }\n        chiSquare {\n          statistic\n          df\n          p\n          cramersV\n          lowExpectedCells\n          lowExpectedShare\n          approximationWarning\n          undefinedReason\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardCrossTab(\n    $filter: ResponseFilterInput\n    $rows: AnalysisDimension!\n    $columns: AnalysisDimension!\n  ) {\n    analysis(filter: $filter) {\n      n\n      crossTab(rows: $rows, columns: $columns) {\n        rows\n        columns\n        rowLevels\n        columnLevels\n        n\n        missing\n        cells {\n          row\n          column\n          count\n          rowPercent\n          columnPercent\n          totalPercent\n          expected\n        }\n        rowTotals {\n          level\n          n\n        }\n        columnTotals {\n          level\n          n\n        }\n        chiSquare {\n          statistic\n          df\n          p\n          cramersV\n          lowExpectedCells\n          lowExpectedShare\n          approximationWarning\n          undefinedReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardStudyProgress($filter: ProgressFilterInput) {\n    studyProgress(filter: $filter) {\n      total {\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      byCounty {\n        level\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      bySizeClass {\n        level\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      weekly {\n        county\n        weeks {\n          weekStart\n          sent\n          completed\n          responseRate\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardStudyProgress($filter: ProgressFilterInput) {\n    studyProgress(filter: $filter) {\n      total {\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      byCounty {\n        level\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      bySizeClass {\n        level\n        invited\n        sent\n        opened\n        started\n        completed\n        screenedOut\n        responseRate\n      }\n      weekly {\n        county\n        weeks {\n          weekStart\n          sent\n          completed\n          responseRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardReliability($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      reliability {\n        n\n        itemCount\n        alpha\n        standardizedAlpha\n        averageR\n        items {\n          itemId\n          rDrop\n          alphaIfDeleted\n        }\n        undefinedReason\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardReliability($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      reliability {\n        n\n        itemCount\n        alpha\n        standardizedAlpha\n        averageR\n        items {\n          itemId\n          rDrop\n          alphaIfDeleted\n        }\n        undefinedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardCorrelations($filter: ResponseFilterInput, $indicator: String!) {\n    analysis(filter: $filter) {\n      n\n      correlations {\n        indicator\n        pearson {\n          n\n          r\n          p\n          ciLower\n          ciUpper\n        }\n        spearman {\n          rho\n          p\n        }\n      }\n      scorePoints(indicator: $indicator) {\n        total\n        value\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardCorrelations($filter: ResponseFilterInput, $indicator: String!) {\n    analysis(filter: $filter) {\n      n\n      correlations {\n        indicator\n        pearson {\n          n\n          r\n          p\n          ciLower\n          ciUpper\n        }\n        spearman {\n          rho\n          p\n        }\n      }\n      scorePoints(indicator: $indicator) {\n        total\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardGroupComparisons($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      groupComparisons(outcome: "total") {\n        grouping\n        n\n        groups {\n          group\n          n\n          mean\n          sd\n        }\n        anova {\n          f\n          df1\n          df2\n          p\n          etaSquared\n        }\n        kruskalWallis {\n          h\n          df\n          p\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardGroupComparisons($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      groupComparisons(outcome: "total") {\n        grouping\n        n\n        groups {\n          group\n          n\n          mean\n          sd\n        }\n        anova {\n          f\n          df1\n          df2\n          p\n          etaSquared\n        }\n        kruskalWallis {\n          h\n          df\n          p\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardCompanyReport($companyId: ID!) {\n    companyReport(companyId: $companyId) {\n      responseId\n      companyId\n      companyName\n      county\n      submittedAt\n      totalScore\n      category\n      items {\n        itemId\n        position\n        answer\n        countyMean\n        studyMean\n      }\n      countyReference {\n        n\n        suppressed\n        totalMean\n      }\n      studyReference {\n        n\n        suppressed\n        totalMean\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardCompanyReport($companyId: ID!) {\n    companyReport(companyId: $companyId) {\n      responseId\n      companyId\n      companyName\n      county\n      submittedAt\n      totalScore\n      category\n      items {\n        itemId\n        position\n        answer\n        countyMean\n        studyMean\n      }\n      countyReference {\n        n\n        suppressed\n        totalMean\n      }\n      studyReference {\n        n\n        suppressed\n        totalMean\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardRespondingCompanies($search: String, $limit: Int!) {\n    invitations(statuses: ["completed"], search: $search, limit: $limit) {\n      total\n      items {\n        id\n        companyId\n        companyName\n        county\n        completedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardRespondingCompanies($search: String, $limit: Int!) {\n    invitations(statuses: ["completed"], search: $search, limit: $limit) {\n      total\n      items {\n        id\n        companyId\n        companyName\n        county\n        completedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment SavedKeyFigures on AnalysisRun {\n    n\n    dataHash\n    engineVersion\n    parameters {\n      k\n      seed\n    }\n    filter {\n      counties\n      sizeClasses\n      configurations\n      submittedFrom\n      submittedTo\n    }\n    descriptives {\n      total {\n        n\n        mean\n        sd\n        median\n        min\n        max\n      }\n    }\n    categories {\n      n\n      levels {\n        level\n        count\n        percent\n      }\n    }\n    reliability {\n      n\n      alpha\n    }\n  }\n",
): (typeof documents)["\n  fragment SavedKeyFigures on AnalysisRun {\n    n\n    dataHash\n    engineVersion\n    parameters {\n      k\n      seed\n    }\n    filter {\n      counties\n      sizeClasses\n      configurations\n      submittedFrom\n      submittedTo\n    }\n    descriptives {\n      total {\n        n\n        mean\n        sd\n        median\n        min\n        max\n      }\n    }\n    categories {\n      n\n      levels {\n        level\n        count\n        percent\n      }\n    }\n    reliability {\n      n\n      alpha\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardSavedAnalyses {\n    savedAnalyses {\n      id\n      name\n      createdBy\n      createdAt\n      isStale\n      results {\n        n\n        engineVersion\n        parameters {\n          k\n          seed\n        }\n        filter {\n          counties\n          sizeClasses\n          configurations\n          submittedFrom\n          submittedTo\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardSavedAnalyses {\n    savedAnalyses {\n      id\n      name\n      createdBy\n      createdAt\n      isStale\n      results {\n        n\n        engineVersion\n        parameters {\n          k\n          seed\n        }\n        filter {\n          counties\n          sizeClasses\n          configurations\n          submittedFrom\n          submittedTo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardSavedAnalysis($id: ID!) {\n    savedAnalysis(id: $id) {\n      id\n      name\n      createdBy\n      createdAt\n      isStale\n      currentDataHash\n      results {\n        ...SavedKeyFigures\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardSavedAnalysis($id: ID!) {\n    savedAnalysis(id: $id) {\n      id\n      name\n      createdBy\n      createdAt\n      isStale\n      currentDataHash\n      results {\n        ...SavedKeyFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardSavedAnalysisRerun($id: ID!) {\n    savedAnalysis(id: $id) {\n      id\n      rerun {\n        ...SavedKeyFigures\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardSavedAnalysisRerun($id: ID!) {\n    savedAnalysis(id: $id) {\n      id\n      rerun {\n        ...SavedKeyFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DashboardSaveAnalysis($name: String!, $filter: ResponseFilterInput, $k: Int!, $seed: Int!) {\n    saveAnalysis(name: $name, filter: $filter, k: $k, seed: $seed) {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  mutation DashboardSaveAnalysis($name: String!, $filter: ResponseFilterInput, $k: Int!, $seed: Int!) {\n    saveAnalysis(name: $name, filter: $filter, k: $k, seed: $seed) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardItemAnswers($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      items {\n        itemId\n        position\n        mean\n        sd\n        answerCounts\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardItemAnswers($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      items {\n        itemId\n        position\n        mean\n        sd\n        answerCounts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query DashboardScoreDistribution($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      descriptives {\n        total {\n          n\n          mean\n          sd\n          median\n          q1\n          q3\n        }\n      }\n      scoreDistribution {\n        score\n        count\n      }\n    }\n  }\n",
): (typeof documents)["\n  query DashboardScoreDistribution($filter: ResponseFilterInput) {\n    analysis(filter: $filter) {\n      n\n      descriptives {\n        total {\n          n\n          mean\n          sd\n          median\n          q1\n          q3\n        }\n      }\n      scoreDistribution {\n        score\n        count\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

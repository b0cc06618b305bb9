import { graphql } from "../../../gql/dashboard";

export const ReliabilityFields = graphql(`
  fragment ReliabilityFields on AnalysisRun {
    n
    reliability {
      n
      itemCount
      alpha
      standardizedAlpha
      averageR
      items {
        itemId
        rDrop
        alphaIfDeleted
      }
      undefinedReason
    }
    instrument {
      omega {
        omega
        undefinedReason
      }
      harman {
        share
        undefinedReason
      }
      alphaConventions {
        constantItemIds
        constantItemsDropped
      }
    }
  }
`);

export const CorrelationsFields = graphql(`
  fragment CorrelationsFields on AnalysisRun {
    n
    correlations {
      indicator
      pearson {
        n
        r
        p
        ciLower
        ciUpper
      }
      spearman {
        rho
        p
      }
    }
    scorePoints(indicator: $indicator) {
      total
      value
    }
  }
`);

export const GroupComparisonsFields = graphql(`
  fragment GroupComparisonsFields on AnalysisRun {
    n
    groupComparisons(outcome: "total") {
      grouping
      n
      groups {
        group
        n
        mean
        sd
      }
      anova {
        f
        df1
        df2
        p
        etaSquared
      }
      kruskalWallis {
        h
        df
        p
      }
    }
  }
`);

/** Everything the relations view shows, in one request; `indicator` picks the scatter plot's points. */
export const RelationsViewQuery = graphql(`
  query DashboardRelations($filter: ResponseFilterInput, $indicator: String!) {
    analysis(filter: $filter) {
      ...CorrelationsFields
      ...GroupComparisonsFields
      ...ReliabilityFields
    }
  }
`);

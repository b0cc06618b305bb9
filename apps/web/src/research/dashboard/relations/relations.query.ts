import { graphql } from "../../../gql/dashboard";

export const ReliabilityQuery = graphql(`
  query DashboardReliability($filter: ResponseFilterInput) {
    analysis(filter: $filter) {
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
    }
  }
`);

export const CorrelationsQuery = graphql(`
  query DashboardCorrelations($filter: ResponseFilterInput, $indicator: String!) {
    analysis(filter: $filter) {
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
  }
`);

export const GroupComparisonsQuery = graphql(`
  query DashboardGroupComparisons($filter: ResponseFilterInput) {
    analysis(filter: $filter) {
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
  }
`);

import { graphql } from "../../../gql/dashboard";

export const ClustersQuery = graphql(`
  query DashboardClusters($filter: ResponseFilterInput, $k: Int!) {
    analysis(filter: $filter, k: $k) {
      n
      clusters {
        k
        n
        clusters {
          number
          size
          centroid
        }
        inertia
        silhouette {
          mean
        }
        adjustedRandIndex {
          value
        }
        byCategory {
          rowLevels
          columnLevels
          cells {
            row
            column
            count
          }
        }
        undefinedReason
      }
    }
  }
`);

export const KSelectionQuery = graphql(`
  query DashboardKSelection($filter: ResponseFilterInput) {
    analysis(filter: $filter) {
      n
      kSelection {
        sampleSize
        sampled
        candidates {
          k
          inertia
          silhouette
        }
      }
    }
  }
`);

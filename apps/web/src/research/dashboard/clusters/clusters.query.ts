import { graphql } from "../../../gql/dashboard";

export const ClustersFields = graphql(`
  fragment ClustersFields on AnalysisRun {
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
`);

export const KSelectionFields = graphql(`
  fragment KSelectionFields on AnalysisRun {
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
`);

/** Everything the clusters view shows when it opens, in one request. */
export const ClustersViewQuery = graphql(`
  query DashboardClustersView($filter: ResponseFilterInput, $k: Int!) {
    analysis(filter: $filter, k: $k) {
      ...ClustersFields
      ...KSelectionFields
    }
  }
`);

/** Another k: only the clustering, since choosing k (kSelection) does not depend on it and costs the most. */
export const ClustersQuery = graphql(`
  query DashboardClusters($filter: ResponseFilterInput, $k: Int!) {
    analysis(filter: $filter, k: $k) {
      ...ClustersFields
    }
  }
`);

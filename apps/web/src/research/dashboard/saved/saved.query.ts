import { graphql } from "../../../gql/dashboard";

/** What the saved-analyses views show of a run: enough to recognise it and to compare it with today's data. */
export const SavedKeyFiguresFragment = graphql(`
  fragment SavedKeyFigures on AnalysisRun {
    n
    dataHash
    engineVersion
    parameters {
      k
      seed
    }
    filter {
      counties
      sizeClasses
      configurations
      consistency
      submittedFrom
      submittedTo
      inclusion
    }
    descriptives {
      total {
        n
        mean
        sd
        median
        min
        max
      }
    }
    categories {
      n
      levels {
        level
        count
        percent
      }
    }
    reliability {
      n
      alpha
    }
  }
`);

export const SavedAnalysesQuery = graphql(`
  query DashboardSavedAnalyses {
    savedAnalyses {
      id
      name
      createdBy
      createdAt
      isStale
      results {
        n
        engineVersion
        parameters {
          k
          seed
        }
        filter {
          counties
          sizeClasses
          configurations
          consistency
          submittedFrom
          submittedTo
          inclusion
        }
      }
    }
  }
`);

export const SavedAnalysisQuery = graphql(`
  query DashboardSavedAnalysis($id: ID!) {
    savedAnalysis(id: $id) {
      id
      name
      createdBy
      createdAt
      isStale
      currentDataHash
      excludedResponseIds
      results {
        ...SavedKeyFigures
      }
    }
  }
`);

/** The saved filter, k and seed on today's data; asked for only when the reader wants the comparison. */
export const SavedAnalysisRerunQuery = graphql(`
  query DashboardSavedAnalysisRerun($id: ID!) {
    savedAnalysis(id: $id) {
      id
      rerun {
        ...SavedKeyFigures
      }
    }
  }
`);

export const SaveAnalysisMutation = graphql(`
  mutation DashboardSaveAnalysis($name: String!, $filter: ResponseFilterInput, $k: Int!, $seed: Int!) {
    saveAnalysis(name: $name, filter: $filter, k: $k, seed: $seed) {
      id
      name
    }
  }
`);

import { graphql } from "../../../gql/dashboard";

export const ScoreDistributionFields = graphql(`
  fragment ScoreDistributionFields on AnalysisRun {
    n
    descriptives {
      total {
        n
        mean
        meanCiLower
        meanCiUpper
        sd
        median
        q1
        q3
      }
    }
    scoreDistribution {
      score
      count
    }
  }
`);

export const ItemAnswersFields = graphql(`
  fragment ItemAnswersFields on AnalysisRun {
    n
    items {
      itemId
      position
      mean
      meanCiLower
      meanCiUpper
      sd
      answerCounts
    }
  }
`);

/** Everything the scores view shows, in one request. */
export const ScoresViewQuery = graphql(`
  query DashboardScores($filter: ResponseFilterInput) {
    analysis(filter: $filter) {
      ...ScoreDistributionFields
      ...ItemAnswersFields
    }
  }
`);

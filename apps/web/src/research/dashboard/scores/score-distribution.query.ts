import { graphql } from "../../../gql/dashboard";

export const ScoreDistributionQuery = graphql(`
  query DashboardScoreDistribution($filter: ResponseFilterInput) {
    analysis(filter: $filter) {
      n
      descriptives {
        total {
          n
          mean
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
  }
`);

import { graphql } from "../../../gql/dashboard";

export const ItemAnswersQuery = graphql(`
  query DashboardItemAnswers($filter: ResponseFilterInput) {
    analysis(filter: $filter) {
      n
      items {
        itemId
        position
        mean
        sd
        answerCounts
      }
    }
  }
`);

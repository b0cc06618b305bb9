import { graphql } from "../../../gql/dashboard";

export const StudyProgressQuery = graphql(`
  query DashboardStudyProgress($filter: ProgressFilterInput) {
    studyProgress(filter: $filter) {
      total {
        rr1
        rr2
        invited
        sent
        opened
        started
        completed
        screenedOut
        refused
        responseRate
      }
      byCounty {
        level
        invited
        sent
        opened
        started
        completed
        screenedOut
        refused
        responseRate
      }
      bySizeClass {
        level
        invited
        sent
        opened
        started
        completed
        screenedOut
        refused
        responseRate
      }
      weekly {
        county
        weeks {
          weekStart
          sent
          completed
          responseRate
        }
      }
    }
  }
`);

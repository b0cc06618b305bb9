import { graphql } from "../../../gql/dashboard";

export const CategoryByCountyQuery = graphql(`
  query DashboardCategoryByCounty($filter: ResponseFilterInput) {
    categoryByCounty(filter: $filter) {
      total
      cells {
        county
        category
        n
        suppressed
      }
    }
  }
`);

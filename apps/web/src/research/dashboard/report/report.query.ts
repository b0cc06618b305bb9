import { graphql } from "../../../gql/dashboard";

export const CompanyReportQuery = graphql(`
  query DashboardCompanyReport($companyId: ID!) {
    companyReport(companyId: $companyId) {
      responseId
      companyId
      companyName
      county
      submittedAt
      totalScore
      category
      consistencyFlags {
        rule
        confirmedByRespondent
      }
      firstScreening {
        county
        employees
        hasMarketingDept
        reasons
      }
      items {
        itemId
        position
        answer
        countyMean
        studyMean
      }
      countyReference {
        n
        suppressed
        totalMean
      }
      studyReference {
        n
        suppressed
        totalMean
      }
    }
  }
`);

/** Companies whose invitation ended in a submitted response: the ones that have a report. */
export const RespondingCompaniesQuery = graphql(`
  query DashboardRespondingCompanies($search: String, $limit: Int!) {
    invitations(statuses: [completed], search: $search, limit: $limit) {
      total
      items {
        id
        companyId
        companyName
        county
        completedAt
      }
    }
  }
`);

import { graphql } from "../../../gql/dashboard";

export const CrossTabQuery = graphql(`
  query DashboardCrossTab(
    $filter: ResponseFilterInput
    $rows: AnalysisDimension!
    $columns: AnalysisDimension!
  ) {
    analysis(filter: $filter) {
      n
      crossTab(rows: $rows, columns: $columns) {
        rows
        columns
        rowLevels
        columnLevels
        n
        missing
        cells {
          row
          column
          count
          rowPercent
          columnPercent
          totalPercent
          expected
        }
        rowTotals {
          level
          n
        }
        columnTotals {
          level
          n
        }
        chiSquare {
          statistic
          df
          p
          pMethod
          pAsymptotic
          simulationReplicates
          simulationSeed
          cramersV
          lowExpectedCells
          lowExpectedShare
          approximationWarning
          undefinedReason
        }
      }
    }
  }
`);

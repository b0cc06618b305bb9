import { graphql } from "../../../gql/dashboard";

export const SampleFields = graphql(`
  fragment SampleFields on AnalysisRun {
    n
    sample {
      goodnessOfFit {
        grouping
        n
        missing
        frameTotal
        levels {
          level
          observed
          frame
          observedShare
          frameShare
          expected
        }
        chiSquare
        df
        p
        lowExpectedLevels
        undefinedReason
      }
      earlyLate {
        n
        earlyCut
        lateCut
        total {
          ...EarlyLateTestFields
        }
        items {
          ...EarlyLateTestFields
        }
        undefinedReason
      }
      weighting {
        method
        n
        missing
        frameTotal
        iterations
        converged
        cells {
          county
          sizeClass
          frame
          respondents
          weight
        }
        meanScore {
          ...WeightedEstimateFields
        }
        categories {
          category
          estimate
          se
          deff
          unweighted
          unweightedSe
          undefinedReason
        }
        undefinedReason
      }
      undefinedReason
    }
  }
`);

export const EarlyLateTestFields = graphql(`
  fragment EarlyLateTestFields on EarlyLateTest {
    variable
    nEarly
    nLate
    meanEarly
    meanLate
    difference
    t
    df
    p
    undefinedReason
  }
`);

export const WeightedEstimateFields = graphql(`
  fragment WeightedEstimateFields on WeightedEstimate {
    estimate
    se
    deff
    unweighted
    unweightedSe
    undefinedReason
  }
`);

export const SampleViewQuery = graphql(`
  query DashboardSample($filter: ResponseFilterInput) {
    analysis(filter: $filter) {
      ...SampleFields
    }
  }
`);

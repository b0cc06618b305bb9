import { graphql } from "../gql";

export const ServerHealthQuery = graphql(`
  query ServerHealth {
    health {
      status
      version
    }
  }
`);

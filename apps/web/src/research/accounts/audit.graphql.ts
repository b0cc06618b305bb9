import { graphql } from "../../gql";

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $limit: Int!, $offset: Int!) {
    auditLog(filter: $filter, limit: $limit, offset: $offset) {
      total
      items {
        id
        seq
        at
        action
        clientIp
        details
        hash
        actor {
          id
          name
          erased
        }
        subject {
          type
          id
          name
          erased
        }
        companyCount
        counties
        companies {
          id
          name
          erased
        }
      }
    }
  }
`);

export const AuditActorsQuery = graphql(`
  query AuditActors {
    accounts {
      id
      displayName
    }
  }
`);

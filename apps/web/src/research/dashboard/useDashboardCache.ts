import { InMemoryCache } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import { useState } from "react";

/**
 * Several views ask `analysis(filter)` for different fields at once (a histogram, the items). AnalysisRun has no
 * id, so without this the cache would replace one query's run with the other's and each would refetch; merging
 * keeps both sets of fields. Registered when the dashboard chunk loads, as the shared client does not know it.
 */
export function useDashboardCache(): void {
  const client = useApolloClient();
  useState(() => {
    if (client.cache instanceof InMemoryCache) {
      client.cache.policies.addTypePolicies({
        AnalysisRun: { merge: true },
        SavedAnalysis: { fields: { results: { merge: true }, rerun: { merge: true } } },
      });
    }
    return true;
  });
}

import { startTransition, useMemo, useOptimistic } from "react";
import { useSearchParams } from "react-router";
import type { ResponseFilterInput } from "../../../gql/dashboard/graphql";
import {
  parseDashboardFilters,
  toResponseFilterInput,
  writeDashboardFilters,
  type DashboardFilters,
} from "./dashboard-filters";
import { useUpdateSearchParams } from "./useUpdateSearchParams";

export type DashboardFiltersState = {
  /** As the controls should show them: the reader's latest choice, even while the address is still updating. */
  readonly filters: DashboardFilters;
  /** The filters of the current address, as the server's ResponseFilterInput. */
  readonly filterInput: ResponseFilterInput;
  readonly setFilters: (next: DashboardFilters) => void;
};

/** The filters in the address bar, shared by every view (switching views keeps them). */
export function useDashboardFilters(): DashboardFiltersState {
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const key = params.toString();
  // Re-derived only when the address changes, so query variables keep their identity between renders.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => parseDashboardFilters(params), [key]);
  const filterInput = useMemo(() => toResponseFilterInput(filters), [filters]);
  // The router applies address changes in a transition; without this a ticked box would untick until it lands.
  const [shown, setShown] = useOptimistic(filters);
  return {
    filters: shown,
    filterInput,
    setFilters: (next) =>
      startTransition(() => {
        setShown(next);
        updateParams((current) => writeDashboardFilters(current, next));
      }),
  };
}

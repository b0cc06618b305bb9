import { useCallback } from "react";
import { useNavigate, type NavigateOptions } from "react-router";

/**
 * Applies a change to the address as it is at the moment of the change. React Router's functional
 * `setSearchParams` hands its callback the parameters of the last render, and the router re-renders in a
 * transition, so two controls changed before that render lands (rows, then columns) would undo the first.
 */
export function useUpdateSearchParams(): (
  change: (current: URLSearchParams) => URLSearchParams,
  options?: NavigateOptions,
) => void {
  const navigate = useNavigate();
  return useCallback(
    (change, options) => navigate(`?${change(new URLSearchParams(window.location.search))}`, options),
    [navigate],
  );
}

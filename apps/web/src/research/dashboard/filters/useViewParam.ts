import { startTransition, useOptimistic } from "react";
import { useSearchParams } from "react-router";
import { useUpdateSearchParams } from "./useUpdateSearchParams";

/**
 * A view's own choice kept in the address next to the filters (counts or percents, k…), so a bookmark reopens the
 * view as it was. Values outside `options` read as the first option.
 */
export function useViewParam<T extends string>(
  name: string,
  options: readonly [T, ...T[]],
): [T, (value: T) => void] {
  const [params] = useSearchParams();
  const updateParams = useUpdateSearchParams();
  const raw = params.get(name);
  const value = options.find((option) => option === raw) ?? options[0];
  // The router applies address changes in a transition; the control shows the choice at once.
  const [shown, setShown] = useOptimistic(value);
  const setValue = (next: T) =>
    startTransition(() => {
      setShown(next);
      updateParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === options[0]) updated.delete(name);
          else updated.set(name, next);
          return updated;
        },
        { replace: true },
      );
    });
  return [shown, setValue];
}

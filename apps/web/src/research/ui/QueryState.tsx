import type { ReactNode } from "react";
import { PageLoading } from "../../ui/PageLoading";
import { ErrorAlert } from "./ErrorAlert";

type QueryStateProps<T> = {
  loading: boolean;
  error: unknown;
  data: T | undefined;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
};

/** Loading, then either the error with a retry or the content; keeps the last data on screen while refetching. */
export function QueryState<T>({ loading, error, data, onRetry, children }: QueryStateProps<T>) {
  if (error && !data) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (data === undefined) return loading ? <PageLoading /> : null;
  return (
    <>
      {error ? <ErrorAlert error={error} onRetry={onRetry} /> : null}
      {children(data)}
    </>
  );
}

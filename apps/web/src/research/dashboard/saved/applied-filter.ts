import {
  FILTER_PARAMS,
  parseDashboardFilters,
  writeDashboardFilters,
  type DashboardFilters,
} from "../filters/dashboard-filters";

/** A filter as the server applied it (AppliedFilter): lists may be empty, dates null. */
export type AppliedFilterLike = {
  readonly counties: readonly string[];
  readonly sizeClasses: readonly string[];
  readonly configurations: readonly string[];
  /** Absent in filters saved before the consistency filter existed. */
  readonly consistency?: readonly string[];
  readonly submittedFrom?: string | null;
  readonly submittedTo?: string | null;
  /** Absent in filters saved before exclusions existed, when nothing could be excluded. */
  readonly inclusion?: string | null;
};

/** The dashboard's filters for a saved analysis' filter, through the same checks a pasted address gets. */
export function appliedToDashboardFilters(applied: AppliedFilterLike): DashboardFilters {
  const params = new URLSearchParams();
  for (const code of applied.counties) params.append(FILTER_PARAMS.counties, code);
  for (const size of applied.sizeClasses) params.append(FILTER_PARAMS.sizeClasses, size);
  for (const id of applied.configurations) params.append(FILTER_PARAMS.configurations, id);
  for (const choice of applied.consistency ?? []) params.append(FILTER_PARAMS.consistency, choice);
  if (applied.submittedFrom) params.set(FILTER_PARAMS.from, applied.submittedFrom);
  if (applied.submittedTo) params.set(FILTER_PARAMS.to, applied.submittedTo);
  if (applied.inclusion) params.set(FILTER_PARAMS.inclusion, applied.inclusion);
  return parseDashboardFilters(params);
}

/** The k-means parameters travel in the address next to the filters, as the views that use them read them. */
export const RUN_PARAMS = { k: "k", seed: "seed" } as const;

/** The query string that opens a live view on a saved analysis' filter, k and seed. */
export function liveViewSearch(applied: AppliedFilterLike, k: number, seed: number): string {
  const params = writeDashboardFilters(new URLSearchParams(), appliedToDashboardFilters(applied));
  params.set(RUN_PARAMS.k, String(k));
  params.set(RUN_PARAMS.seed, String(seed));
  return `?${params.toString()}`;
}

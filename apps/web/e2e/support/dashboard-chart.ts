import type { Page } from "playwright-core";

export type DrawnBar = {
  /** The Bar's class without its prefix, e.g. "aligned" for `bar-aligned` (recharts repeats it on each segment). */
  readonly series: string;
  /** The data row's `name`, which recharts writes on each segment. */
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** Vertical centre, to group the segments of one horizontal bar. */
  readonly y: number;
};

/** The bar segments recharts drew inside `chart` whose class starts with `prefix`, as the reader sees them. */
export async function drawnBars(page: Page, chart: string, prefix: string): Promise<DrawnBar[]> {
  return page.locator(chart).evaluate(
    (root, prefix) =>
      [...root.querySelectorAll<SVGGraphicsElement>(`path.recharts-rectangle[class*='${prefix}']`)].map(
        (bar) => {
          const box = bar.getBoundingClientRect();
          const series = [...bar.classList].find((c) => c.startsWith(prefix))!;
          return {
            series: series.slice(prefix.length),
            name: bar.getAttribute("name") ?? "",
            width: box.width,
            height: box.height,
            y: box.top + box.height / 2,
          };
        },
      ),
    prefix,
  );
}

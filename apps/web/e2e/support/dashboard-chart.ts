import type { Page } from "playwright-core";

export type DrawnBar = { readonly series: string; readonly label: string; readonly height: number };

/**
 * The bar segments recharts drew, each with its series (the Bar's class `bar-<id>`, which recharts also puts on
 * every rectangle), the x-axis label under it
 * and its height in pixels, read from the SVG the reader sees.
 */
export async function drawnBars(page: Page, chart = ".chart-frame__chart"): Promise<DrawnBar[]> {
  return page.locator(chart).evaluate((root) => {
    const ticks = [
      ...root.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-label"),
    ].map((tick) => {
      const box = tick.getBoundingClientRect();
      return { label: tick.textContent ?? "", x: box.left + box.width / 2 };
    });
    return [...root.querySelectorAll<SVGGraphicsElement>("[class*='bar-'] path.recharts-rectangle")].map(
      (bar) => {
        const series = [...(bar.closest("[class*='bar-']")?.classList ?? [])].find((c) =>
          c.startsWith("bar-"),
        )!;
        const box = bar.getBoundingClientRect();
        const centre = box.left + box.width / 2;
        const nearest = ticks.reduce((best, tick) =>
          Math.abs(tick.x - centre) < Math.abs(best.x - centre) ? tick : best,
        );
        return { series: series.slice("bar-".length), label: nearest.label, height: box.height };
      },
    );
  });
}

import type { Page } from "playwright-core";

/** One layout shift Chromium reported, without those that followed the user's input. */
export type LayoutShift = { value: number; startTime: number; sources: string[] };

declare global {
  interface Window {
    __layoutShifts?: LayoutShift[];
  }
}

/**
 * Starts recording layout shifts in every document `page` loads from now on: an init script runs before the page's
 * own scripts, and `buffered: true` adds the shifts reported before the observer existed.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Entry = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: Array<{ node?: Node | null }>;
    };
    const describe = (node: Node | null | undefined) => {
      if (!(node instanceof Element)) return node?.nodeName ?? "?";
      const classes = [...node.classList].map((c) => `.${c}`).join("");
      return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}${classes}`;
    };
    const shifts: LayoutShift[] = [];
    window.__layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          startTime: entry.startTime,
          sources: (entry.sources ?? []).map((s) => describe(s.node)),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

export async function layoutShiftsOf(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(() => window.__layoutShifts ?? []);
}

/**
 * Cumulative Layout Shift as Lighthouse and Chrome report it: shifts are grouped in session windows (a window ends
 * after a second without shifts or after five seconds), and the score is the largest window's sum.
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let largest = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const { value, startTime } of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (startTime - previous > 1000 || startTime - windowStart > 5000) {
      current = 0;
      windowStart = startTime;
    }
    current += value;
    previous = startTime;
    largest = Math.max(largest, current);
  }
  return largest;
}

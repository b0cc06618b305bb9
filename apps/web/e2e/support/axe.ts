import axe from "axe-core";
import type { Page } from "playwright-core";

type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * Runs axe-core in the page and fails on serious or critical violations, listing each rule and where it failed.
 * The script goes in through page.evaluate (DevTools), so the server's Content-Security-Policy does not block it.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations as Violation[];
  });
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (blocking.length > 0) {
    const report = blocking
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help}\n    at ${v.nodes.map((n) => n.target.join(" ")).join("\n    at ")}`,
      )
      .join("\n");
    throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
  }
}

import path from "node:path";
import type { Page } from "playwright-core";

const RESULTS_DIR = path.resolve(__dirname, "../../test-results");

/** Full-page PNG in apps/web/test-results/, for a person to look at; tests do not compare pixels. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

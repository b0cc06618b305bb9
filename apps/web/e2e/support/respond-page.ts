import type { Page } from "playwright-core";
import { expectNoSeriousA11yViolations } from "./axe";
import { saveScreenshot } from "./screenshot";

/** The text of the page's one h1, once it is there. */
export async function heading(page: Page): Promise<string> {
  const title = page.getByRole("heading", { level: 1 });
  await title.waitFor();
  return (await title.textContent()) ?? "";
}

/** Waits for the screen whose h1 reads `name`. */
export async function onScreen(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

/** Every respondent screen: no serious accessibility problem, no sideways scrolling, and a picture to look at. */
export async function checkScreen(page: Page, screenshot: string): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, screenshot);
}

/** The "7 of 20" screen of statement n (1-based), in Romanian. */
export const statementHeading = (n: number) => `Afirmația ${n} din 20`;

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A phone-sized window: most respondents open their link on a phone. */
export const PHONE_VIEWPORT = { width: 360, height: 740 };

export type TestBrowser = {
  readonly context: BrowserContext;
  /** A new tab at `pathname` on the server under test, loaded. */
  open(pathname: string): Promise<Page>;
  close(): Promise<void>;
};

/** Debian's Chromium with a new empty profile, so no test sees another run's storage. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run "apt-get install chromium" or set CHROMIUM_PATH.`,
    );
  }
  const baseUrl = process.env.E2E_BASE_URL;
  if (!baseUrl) throw new Error("E2E_BASE_URL is unset: run the browser tests with -c e2e/jest.config.js");

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: PHONE_VIEWPORT,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    context,
    async open(pathname) {
      const page = await context.newPage();
      await page.goto(new URL(pathname, baseUrl).href);
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createAccountWithPassword } from "./account-setup";
import { E2E_ADMIN } from "./admin-account";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const RESEARCHER = { email: "researcher@smi-survey.local", password: "dashboard-e2e-researcher" };

/** A desktop window: researchers analyse at a desk; the phone width gets its own screenshot. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 };

export type DashboardSession = {
  readonly baseUrl: string;
  readonly context: BrowserContext;
  /** A new tab at `pathname`, signed in as the researcher. */
  open(pathname: string): Promise<Page>;
  /** A GraphQL request with the researcher's session cookie, as the dashboard sends it. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
};

async function graphqlRequest<T>(
  context: BrowserContext,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await context.request.post(`${baseUrl}/graphql`, {
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join("; ")}`);
  return body.data as T;
}

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { account { role } }
}`;

/**
 * The dashboard needs data, so its test files ask for the demo study in their docblock (`@e2e-data demo`, see
 * file-server.ts): their server's database starts with it. The administrator creates a researcher account and the browser
 * signs in as that researcher through GraphQL (the session cookie lands in the browser context), without
 * depending on the sign-in screen.
 */
export async function startDashboardSession(): Promise<DashboardSession> {
  const baseUrl = process.env.E2E_BASE_URL;
  if (!baseUrl) throw new Error("E2E_BASE_URL is unset: run the browser tests with -c e2e/jest.config.js");
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-dashboard-chromium-"));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: DESKTOP_VIEWPORT,
      acceptDownloads: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
      ],
    });
    const browserContext = context;
    await graphqlRequest(browserContext, baseUrl, SIGN_IN, E2E_ADMIN);
    const call = <T>(query: string, variables?: Record<string, unknown>) =>
      graphqlRequest<T>(browserContext, baseUrl, query, variables);
    await createAccountWithPassword(call, call, {
      ...RESEARCHER,
      displayName: "Dashboard Researcher",
      role: "researcher",
    });
    await browserContext.clearCookies();
    const signedIn = await graphqlRequest<{ signIn: { account: { role: string } } }>(
      browserContext,
      baseUrl,
      SIGN_IN,
      RESEARCHER,
    );
    if (signedIn.signIn.account.role !== "researcher") throw new Error("signed in with the wrong role");

    return {
      baseUrl,
      context: browserContext,
      async open(pathname) {
        const page = await browserContext.newPage();
        await page.goto(new URL(pathname, baseUrl).href);
        return page;
      },
      graphql: (query, variables) => graphqlRequest(browserContext, baseUrl, query, variables),
      async close() {
        await browserContext.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

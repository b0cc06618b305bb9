import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createAccountWithPassword } from "./account-setup";
import { startAppServer, stopAppServer, type AppServer } from "./app-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ADMIN = { email: "admin@smi-survey.local", password: "dashboard-e2e-admin-password" };
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
 * The dashboard needs data, so its tests run their own server on a fresh database filled with the demo study
 * (DEMO_DATA) rather than the shared empty one. The administrator creates a researcher account and the browser
 * signs in as that researcher through GraphQL (the session cookie lands in the browser context), without
 * depending on the sign-in screen.
 */
export async function startDashboardSession(): Promise<DashboardSession> {
  const server: AppServer = await startAppServer({ DEMO_DATA: "true", ADMIN_PASSWORD: ADMIN.password });
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
    const baseUrl = server.baseUrl;
    await graphqlRequest(browserContext, baseUrl, SIGN_IN, ADMIN);
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
        await stopAppServer(server);
      },
    };
  } catch (error) {
    await context?.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    await stopAppServer(server);
    throw error;
  }
}

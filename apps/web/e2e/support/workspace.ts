import type { Page } from "playwright-core";
import { E2E_ADMIN } from "./admin-account";

/** A laptop window, for the researcher screens (phones are checked separately). */
export const LAPTOP_VIEWPORT = { width: 1280, height: 800 };

/** Signs in through the sign-in form the way a person does, and waits for the workspace to show. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Adresa de e-mail").fill(email);
  await page.getByLabel("Parola").fill(password);
  await page.getByRole("button", { name: "Autentificare" }).click();
  await page.locator(".workspace-main h1").waitFor();
}

/** Opens a workspace page signed in as the administrator (through the form, as a person would). */
export async function openAsAdmin(page: Page, pathname: string): Promise<void> {
  // A session left by an earlier test would skip the form.
  await page.context().clearCookies();
  await page.goto(new URL(`/research/sign-in?next=${encodeURIComponent(pathname)}`, baseUrl()).href);
  await signInWithForm(page, E2E_ADMIN.email, E2E_ADMIN.password);
}

function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is unset: run the browser tests with -c e2e/jest.config.js");
  return url;
}

/**
 * Calls the real GraphQL API as the administrator, for setting up what a test is not about (a second account,
 * a company list). Each call signs in anew; the session cookie is kept for that call only.
 */
export async function adminApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers = { "content-type": "application/json" };
  const signIn = await fetch(new URL("/graphql", baseUrl()), {
    method: "POST",
    headers,
    body: JSON.stringify({
      query: "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }",
      variables: { e: E2E_ADMIN.email, p: E2E_ADMIN.password },
    }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(new URL("/graphql", baseUrl()), {
    method: "POST",
    headers: { ...headers, cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in over the API from the given client address (the server trusts its loopback proxy); the error code or null. */
export async function signInCode(email: string, password: string, from: string): Promise<string | null> {
  const response = await fetch(new URL("/graphql", baseUrl()), {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": from },
    body: JSON.stringify({
      query: "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }",
      variables: { e: email, p: password },
    }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return body.errors?.[0]?.extensions?.code ?? null;
}

/** Calls the real GraphQL API without a session, as a person who is not signed in. */
export async function publicApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(new URL("/graphql", baseUrl()), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A valid CUI (Romanian registration code) from a number, with its check digit (key 753217532). */
export function validCui(body: number): string {
  const key = [7, 5, 3, 2, 1, 7, 5, 3, 2];
  const digits = String(body).padStart(9, "0");
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * key[i]!, 0);
  return `${body}${((sum * 10) % 11) % 10}`;
}

/** Waits until the page's level-1 heading reads `name` (pages change after a click, not at once). */
export async function waitForHeading(page: Page, name: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name, exact: true }).waitFor();
}

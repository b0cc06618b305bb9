import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { E2E_ADMIN } from "./admin-account";
import { freePort } from "./free-port";
import { E2E_STUDY } from "./invitation-token";

const WEB_ROOT = path.resolve(__dirname, "../..");
const SERVER_ROOT = path.resolve(WEB_ROOT, "../server");
// E2E_SERVER_MAIN points at another build of the server (e.g. one compiled to a temporary folder).
const SERVER_MAIN = process.env.E2E_SERVER_MAIN ?? path.join(SERVER_ROOT, "dist/src/main.js");
const VITE_BIN = path.join(WEB_ROOT, "node_modules/vite/bin/vite.js");
const READY_TIMEOUT_MS = 60_000;

export type AppServer = {
  readonly baseUrl: string;
  /** "app": the production server (API + SPA); "preview": `vite preview`, the SPA alone, no API. */
  readonly kind: "app" | "preview";
  readonly child: ChildProcess;
};

/**
 * Until the server is built (apps/server/dist), or with E2E_SERVER=preview, `vite preview` stands in for it, once for
 * the whole run.
 */
export function previewOnly(): boolean {
  const preview = process.env.E2E_SERVER === "preview" || !fs.existsSync(SERVER_MAIN);
  if (preview) {
    process.stderr.write(
      `e2e: serving with vite preview (no API): ${fs.existsSync(SERVER_MAIN) ? "E2E_SERVER=preview" : `${SERVER_MAIN} is not built`}\n`,
    );
  }
  return preview;
}

export async function startPreviewServer(): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [VITE_BIN, "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: WEB_ROOT, stdio: ["ignore", "ignore", "pipe"] },
  );
  return startedOrStopped({ baseUrl, kind: "preview", child }, `${baseUrl}/`);
}

/** What serves the built SPA in production: the real server, on the database at `databaseUrl`. */
export async function startAppServer(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: SERVER_ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      WEB_DIST_DIR: path.join(WEB_ROOT, "dist"),
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      // Complete study settings, without which no invitation goes out; the consent notice names them.
      STUDY_CONTROLLER: E2E_STUDY.controller,
      STUDY_CONTROLLER_EN: E2E_STUDY.controllerEn,
      STUDY_PRINCIPAL_INVESTIGATOR: E2E_STUDY.principalInvestigator,
      STUDY_CONTACT_EMAIL: E2E_STUDY.contactEmail,
      STUDY_ETHICS_APPROVAL: E2E_STUDY.ethicsApproval,
      STUDY_ETHICS_APPROVAL_EN: E2E_STUDY.ethicsApprovalEn,
      ...extraEnv,
    },
  });
  return startedOrStopped({ baseUrl, kind: "app", child }, `${baseUrl}/healthz`);
}

/** Jest skips globalTeardown when globalSetup throws, so a server that never got ready is cleaned up here. */
async function startedOrStopped(server: AppServer, readyUrl: string): Promise<AppServer> {
  try {
    await waitUntilReady(server.child, readyUrl);
    return server;
  } catch (error) {
    await stopAppServer(server);
    throw error;
  }
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before answering ${url}:\n${stderr}`);
    }
    const ok = await fetch(url).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `The server did not answer ${url} with 200 within ${READY_TIMEOUT_MS / 1000} s:\n${stderr}`,
  );
}

export async function stopAppServer(server: AppServer): Promise<void> {
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    // SIGTERM lets the server stop in order: HTTP, then the mail worker, then its database pool.
    await exited;
  }
}

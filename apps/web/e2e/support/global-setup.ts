import { startAppServer, type AppServer } from "./app-server";

declare global {
  // Reaches globalTeardown only (Jest runs setup and teardown in the same context, tests elsewhere).
  var smiAppServer: AppServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await startAppServer();
  globalThis.smiAppServer = server;
  // Test workers inherit the environment, not globalThis.
  process.env.E2E_BASE_URL = server.baseUrl;
  process.env.E2E_SERVER_KIND = server.kind;
}

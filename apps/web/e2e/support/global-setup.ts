import { startAppServer, startPreviewServer, stopAppServer, previewOnly, type AppServer } from "./app-server";
import {
  copyTemplate,
  createDatabase,
  DEMO_TEMPLATE_DATABASE,
  sealTemplate,
  startDatabaseCluster,
  TEMPLATE_DATABASE,
  type DatabaseCluster,
} from "./database-cluster";

declare global {
  // Reach globalTeardown only (Jest runs setup and teardown in the same context, tests elsewhere).
  var smiPreviewServer: AppServer | undefined;
  var smiDatabaseCluster: DatabaseCluster | undefined;
}

/**
 * Starts one PostgreSQL for the run and makes the templates every file's database is copied from: the real server
 * started once on the first migrates it and creates the administrator; started once more on a copy with DEMO_DATA,
 * it loads the demo study into the second. Each file then gets its own server on its own copy
 * (e2e/support/file-server.ts). Test workers inherit the environment, not globalThis.
 */
export default async function globalSetup(): Promise<void> {
  if (previewOnly()) {
    const preview = await startPreviewServer();
    globalThis.smiPreviewServer = preview;
    process.env.E2E_BASE_URL = preview.baseUrl;
    process.env.E2E_SERVER_KIND = "preview";
    return;
  }
  const cluster = await startDatabaseCluster();
  process.env.E2E_MAINTENANCE_URL = cluster.url;
  process.env.E2E_SERVER_KIND = "app";
  try {
    await stopAppServer(await startAppServer(await createDatabase(TEMPLATE_DATABASE)));
    await sealTemplate(TEMPLATE_DATABASE);
    const demo = await copyTemplate(DEMO_TEMPLATE_DATABASE);
    await stopAppServer(await startAppServer(demo, { DEMO_DATA: "true" }));
    await sealTemplate(DEMO_TEMPLATE_DATABASE);
  } catch (error) {
    // Jest skips globalTeardown when globalSetup throws.
    await cluster.stop();
    throw error;
  }
  globalThis.smiDatabaseCluster = cluster;
}

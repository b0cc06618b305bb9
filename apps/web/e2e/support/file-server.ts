import fs from "node:fs";
import path from "node:path";
import { startAppServer, stopAppServer, type AppServer } from "./app-server";
import { copyTemplate, DEMO_TEMPLATE_DATABASE, dropDatabase } from "./database-cluster";

/*
 * Run before every browser-test file: the file gets its own server on its own copy of the migrated template, so
 * files running at the same time, or in any order, never see each other's companies, accounts, study settings,
 * templates or sign-in throttles. A file whose docblock says `@e2e-data demo` starts from the template with the demo
 * study loaded.
 */

const DEMO_PRAGMA = /^\s*(?:\/\*\*|\*)\s*@e2e-data demo\b/m;
const START_TIMEOUT_MS = 120_000;

let server: AppServer | undefined;
let database = "";

beforeAll(async () => {
  // `vite preview` (no API) serves the whole run from the global setup.
  if (process.env.E2E_SERVER_KIND !== "app") return;
  const testPath = expect.getState().testPath!;
  database = `smi_e2e_${path.basename(testPath, ".e2e.ts").replace(/\W/g, "_")}`;
  const demo = DEMO_PRAGMA.test(fs.readFileSync(testPath, "utf8"));
  server = await startAppServer(await copyTemplate(database, demo ? DEMO_TEMPLATE_DATABASE : undefined));
  process.env.E2E_BASE_URL = server.baseUrl;
}, START_TIMEOUT_MS);

afterAll(async () => {
  if (!server) return;
  await stopAppServer(server);
  await dropDatabase(database);
});

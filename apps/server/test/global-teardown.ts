import type { EmbeddedCluster } from "../src/db/embedded-postgres";
import { dropTestDatabases } from "./support/test-database";

export default async function globalTeardown(): Promise<void> {
  await dropTestDatabases();
  await (globalThis as { testCluster?: EmbeddedCluster }).testCluster?.stop();
}

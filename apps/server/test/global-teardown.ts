import type { EmbeddedCluster } from "../src/db/embedded-postgres";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testCluster?: EmbeddedCluster }).testCluster?.stop();
}

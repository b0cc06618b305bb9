import { stopAppServer } from "./app-server";

export default async function globalTeardown(): Promise<void> {
  if (globalThis.smiPreviewServer) await stopAppServer(globalThis.smiPreviewServer);
  await globalThis.smiDatabaseCluster?.stop();
}

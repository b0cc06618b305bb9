import { stopAppServer } from "./app-server";

export default async function globalTeardown(): Promise<void> {
  if (globalThis.smiAppServer) await stopAppServer(globalThis.smiAppServer);
}

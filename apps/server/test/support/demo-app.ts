import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { signInAs } from "./sign-in";
import { startTestApp, type TestApp } from "./test-app";

export type SignedIn = Awaited<ReturnType<typeof signInAs>>;

/** A test app holding only the demo study's data, and a viewer signed in to read it: the analysis tests' start. */
export async function startDemoApp(): Promise<{ t: TestApp; viewer: SignedIn }> {
  const t = await startTestApp();
  await t.reset();
  await loadDemoData(t.dataSource);
  return { t, viewer: await signInAs(t, "viewer") };
}

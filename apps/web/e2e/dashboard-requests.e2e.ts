/** @e2e-data demo: the dashboard reads the demo study's responses. */
import { DASHBOARD_VIEWS } from "../src/research/dashboard/dashboard-views";
import { startDashboardSession, type DashboardSession } from "./support/dashboard-session";

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboardSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

/** The GraphQL operations a dashboard view sends from opening until the network is quiet. */
async function operationsOf(path: string): Promise<string[]> {
  const page = await session.context.newPage();
  const operations: string[] = [];
  page.on("request", (request) => {
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    operations.push(body?.operationName ?? "(anonymous)");
  });
  await page.goto(new URL(`/research${path}`, session.baseUrl).href);
  await page.locator("main h2").first().waitFor();
  await page.waitForLoadState("networkidle");
  await page.close();
  return operations;
}

describe("each dashboard view asks for its data once", () => {
  it("sends one data query per view on opening (besides who is signed in)", async () => {
    const sent: Record<string, string[]> = {};
    for (const view of DASHBOARD_VIEWS) sent[view.id] = await operationsOf(view.path);
    // Printed for `pnpm bench:dashboard`.
    process.stdout.write(
      `\nGraphQL operations per dashboard view on opening:\n${Object.entries(sent)
        .map(([id, ops]) => `  ${id.padEnd(11)} ${ops.length}  ${ops.join(", ")}`)
        .join("\n")}\n`,
    );
    for (const [id, ops] of Object.entries(sent)) {
      const data = ops.filter((name) => name.startsWith("Dashboard"));
      expect({ id, data: data.length }).toEqual({ id, data: 1 });
    }
  });
});

import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { startTestApp, type TestApp } from "../support/test-app";

const SCRIPT = `console.log(${JSON.stringify("SMI ".repeat(2000))});`;
const HTML = `<!doctype html><html><body>${"<p>Chestionar</p>".repeat(200)}</body></html>`;

let t: TestApp;
let dist: string;
beforeAll(async () => {
  // A build as apps/web/scripts/precompress-plugin.ts leaves it: each file with its .br and .gz beside it.
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "smi-dist-"));
  fs.mkdirSync(path.join(dist, "assets"));
  for (const [file, text] of [
    ["index.html", HTML],
    ["assets/app-1a2b3c.js", SCRIPT],
  ] as const) {
    fs.writeFileSync(path.join(dist, file), text);
    fs.writeFileSync(path.join(dist, `${file}.br`), zlib.brotliCompressSync(text));
    fs.writeFileSync(path.join(dist, `${file}.gz`), zlib.gzipSync(text));
  }
  t = await startTestApp({ WEB_DIST_DIR: dist });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

/** A raw HTTP request, so the body arrives as sent (fetch would decompress it). */
function get(pathname: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const request = http.request(
        `${t.url}${pathname}`,
        { method: body ? "POST" : "GET", headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      request.on("error", reject);
      request.end(body);
    },
  );
}

describe("the web app travels compressed", () => {
  it("sends the build's brotli copy of a hashed asset, cached for a year", async () => {
    const response = await get("/assets/app-1a2b3c.js", { "accept-encoding": "gzip, deflate, br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
    expect(zlib.brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
    expect(response.body.length).toBeLessThan(SCRIPT.length / 10);
  });

  it("falls back to gzip, and to the plain file for a client that accepts neither", async () => {
    const gz = await get("/assets/app-1a2b3c.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get("/assets/app-1a2b3c.js", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it("answers 404 for a hashed file that is not there, not the page", async () => {
    const response = await get("/assets/app-000000.js", { "accept-encoding": "br" });
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain("Chestionar");
  });

  it("sends the page of a respondent's link compressed and never cached stale", async () => {
    const response = await get("/r/some-token", { "accept-encoding": "br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(zlib.brotliDecompressSync(response.body).toString()).toBe(HTML);
  });

  it("compresses API answers for clients that accept it", async () => {
    const response = await get(
      "/graphql",
      { "accept-encoding": "br", "content-type": "application/json" },
      JSON.stringify({ query: "{ questionnaire { items { id statement { ro en } } } }" }),
    );
    expect(response.headers["content-encoding"]).toBe("br");
    const data = JSON.parse(zlib.brotliDecompressSync(response.body).toString());
    expect(data.data.questionnaire.items).toHaveLength(20);
  });
});

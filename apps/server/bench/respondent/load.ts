import http from "node:http";
import { performance } from "node:perf_hooks";

export interface LoadFigures {
  requests: number;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** One GraphQL POST over a kept-alive connection; rejects on an HTTP error or a GraphQL error. */
export function postGraphql(
  agent: http.Agent,
  url: URL,
  body: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
            data?: Record<string, unknown>;
            errors?: unknown[];
          };
          if (response.statusCode !== 200 || parsed.errors)
            reject(new Error(`HTTP ${response.statusCode}: ${JSON.stringify(parsed.errors ?? parsed)}`));
          else resolve(parsed);
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : NaN;

export type Send = (body: string) => Promise<{ data?: Record<string, unknown> }>;

/**
 * A closed loop: `connections` virtual clients, each starting its next unit of work (one request, or a whole
 * journey) as soon as the last one finished, for `seconds` or until `work` returns false for every client.
 * Latency is per request, from sending to the whole answer; `units` counts the finished units of work.
 */
export async function runLoad(
  url: URL,
  connections: number,
  seconds: number,
  work: (client: number, unit: number, send: Send) => Promise<boolean>,
): Promise<LoadFigures & { units: number; unitsPerSecond: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let units = 0;
  let firstError: unknown;
  const send: Send = async (body) => {
    const sent = performance.now();
    const answer = await postGraphql(agent, url, body);
    latencies.push(performance.now() - sent);
    return answer;
  };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let unit = 0; performance.now() < deadline; unit++) {
        try {
          if (!(await work(client, unit, send))) return;
          units += 1;
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  if (firstError) process.stderr.write(`  first error: ${String(firstError).slice(0, 300)}\n`);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    units,
    unitsPerSecond: units / elapsed,
  };
}

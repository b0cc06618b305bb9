import type { DataSource } from "typeorm";
import { SERVER_VERSION } from "../../config/version";

export interface HealthReport {
  status: "ok" | "degraded";
  version: string;
  database: "up" | "down";
}

export async function checkHealth(dataSource: DataSource): Promise<HealthReport> {
  const database = await dataSource
    .query("SELECT 1")
    .then(() => "up" as const)
    .catch(() => "down" as const);
  return { status: database === "up" ? "ok" : "degraded", version: SERVER_VERSION, database };
}

import { useEffect, useState } from "react";
import { useT } from "../i18n/useT";
import { graphqlRequest } from "../lib/graphql-request";
import { ServerHealthQuery } from "./server-health";
import type { ServerHealthQuery as ServerHealth } from "../gql/graphql";

type Health = ServerHealth["health"] | "checking" | "unreachable";

/** Tells a visitor (and a researcher checking a deployment) whether the survey can accept answers right now. */
export function ServerStatus() {
  const t = useT();
  const [health, setHealth] = useState<Health>("checking");

  useEffect(() => {
    let current = true;
    graphqlRequest(ServerHealthQuery).then(
      (data) => current && setHealth(data.health),
      () => current && setHealth("unreachable"),
    );
    return () => {
      current = false;
    };
  }, []);

  const text =
    health === "checking"
      ? t.status.checking
      : health === "unreachable"
        ? t.status.unreachable
        : health.status === "ok"
          ? t.status.ok(health.version)
          : t.status.degraded(health.version);
  return (
    <p
      className="server-status"
      role="status"
      data-health={typeof health === "string" ? health : health.status}
    >
      {text}
    </p>
  );
}

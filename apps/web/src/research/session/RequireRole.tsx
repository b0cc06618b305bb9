import type { ReactNode } from "react";
import { useResearchT } from "../i18n";
import type { Role } from "./roles";
import { useMayUse } from "./session-context";

type RequireRoleProps = { role: Role; children: ReactNode };

/** A screen whose address someone typed or bookmarked without the role it needs says so instead of failing. */
export function RequireRole({ role, children }: RequireRoleProps) {
  const t = useResearchT();
  if (!useMayUse(role)) {
    return (
      <article>
        <h1>{t.errors.forbiddenTitle}</h1>
        <p>{t.errors.forbiddenBody}</p>
      </article>
    );
  }
  return children;
}

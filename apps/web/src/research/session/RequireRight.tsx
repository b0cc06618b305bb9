import type { ReactNode } from "react";
import { useResearchT } from "../i18n";
import type { Right } from "../../gql/graphql";
import { useMayUse } from "./session-context";

type RequireRightProps = { right: Right; children: ReactNode };

/** A screen whose address someone typed or bookmarked without the right it needs says so instead of failing. */
export function RequireRight({ right, children }: RequireRightProps) {
  const t = useResearchT();
  if (!useMayUse(right)) {
    return (
      <article>
        <h1>{t.errors.forbiddenTitle}</h1>
        <p>{t.errors.forbiddenBody}</p>
      </article>
    );
  }
  return children;
}

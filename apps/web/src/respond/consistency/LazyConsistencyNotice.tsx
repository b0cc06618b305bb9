import { lazy, Suspense, type ComponentProps } from "react";
import { useLocale } from "../../i18n/useT";
import { loadStepChecks } from "../checks/load-step-checks";
import { useJourney } from "../journey/journey-context";
import type { ConsistencyNotice, NoticeContext } from "./ConsistencyNotice";

const Notice = lazy(() => loadStepChecks().then((checks) => ({ default: checks.ConsistencyNotice })));

/** The notice from the step checks' chunk, which the step has loaded by the time there is a conflict to show. */
export function LazyConsistencyNotice(
  props: Omit<ComponentProps<typeof ConsistencyNotice>, keyof NoticeContext>,
) {
  const { locale } = useLocale();
  const { go } = useJourney();
  if (props.conflicts.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Notice {...props} locale={locale} goTo={(kind) => go({ kind })} />
    </Suspense>
  );
}

import { lazy, Suspense } from "react";
import { LandingPage } from "./landing/LandingPage";
import { usePathname } from "./lib/navigation";
import { matchShellRoute, type ShellRoute } from "./lib/shell-route";
import { NotFoundPage } from "./ui/NotFoundPage";
import { PageLoading } from "./ui/PageLoading";
import { SiteLayout } from "./ui/SiteLayout";

// Both areas are separate chunks: a respondent on a phone downloads the shell plus the respondent chunk only
// (budget 94 kB gzipped, checked by `pnpm size`), never React Router, Apollo Client, recharts or the
// researcher screens.
const RespondentPage = lazy(() =>
  import("./respond/RespondentPage").then((m) => ({ default: m.RespondentPage })),
);
const OptOutPage = lazy(() => import("./respond/optout/OptOutPage").then((m) => ({ default: m.OptOutPage })));
const ResearchWorkspace = lazy(() =>
  import("./research/ResearchWorkspace").then((m) => ({ default: m.ResearchWorkspace })),
);

function AreaPage({ route }: { route: ShellRoute }) {
  switch (route.area) {
    case "landing":
      return <LandingPage />;
    case "respond":
      return <RespondentPage token={route.token} stepPath={route.step} />;
    case "optout":
      return <OptOutPage token={route.token} />;
    case "research":
      return <ResearchWorkspace />;
    case "not-found":
      return <NotFoundPage />;
  }
}

export function App() {
  const route = matchShellRoute(usePathname());
  return (
    <SiteLayout wide={route.area === "research" && route.workspace}>
      <Suspense fallback={<PageLoading />}>
        <AreaPage route={route} />
      </Suspense>
    </SiteLayout>
  );
}

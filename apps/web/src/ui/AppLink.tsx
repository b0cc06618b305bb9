import type { MouseEvent, ReactNode } from "react";
import { navigate } from "../lib/navigation";

type AppLinkProps = { to: string; className?: string; children: ReactNode };

/** A real link (open in new tab, copy address work) that navigates inside the app on a plain click. */
export function AppLink({ to, className, children }: AppLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={handleClick}>
      {children}
    </a>
  );
}

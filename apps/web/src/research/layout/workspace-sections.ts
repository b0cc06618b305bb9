import type { ResearchMessages } from "../i18n/messages";
import type { Role } from "../session/roles";

export type WorkspaceSection = {
  readonly path: string;
  readonly role: Role;
  readonly label: (t: ResearchMessages) => string;
  readonly description: (t: ResearchMessages) => string;
};

/** The workspace's screens in the order a study runs, each with the least role that may open it. */
export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  {
    path: "/companies",
    role: "viewer",
    label: (t) => t.nav.companies,
    description: (t) => t.home.companies,
  },
  {
    path: "/companies/import",
    role: "researcher",
    label: (t) => t.nav.import,
    description: (t) => t.home.import,
  },
  {
    path: "/invitations",
    role: "viewer",
    label: (t) => t.nav.invitations,
    description: (t) => t.home.invitations,
  },
  {
    path: "/mail/templates",
    role: "viewer",
    label: (t) => t.nav.templates,
    description: (t) => t.home.templates,
  },
  { path: "/mail/outbox", role: "researcher", label: (t) => t.nav.outbox, description: (t) => t.home.outbox },
  {
    path: "/mail/deliveries",
    role: "researcher",
    label: (t) => t.nav.deliveries,
    description: (t) => t.home.deliveries,
  },
  {
    path: "/dashboard",
    role: "viewer",
    label: (t) => t.nav.dashboard,
    description: (t) => t.home.dashboard,
  },
  {
    path: "/accounts",
    role: "administrator",
    label: (t) => t.nav.accounts,
    description: (t) => t.home.accounts,
  },
  { path: "/audit", role: "administrator", label: (t) => t.nav.audit, description: (t) => t.home.audit },
];

import type { ResearchMessages } from "../i18n/messages";
import type { Right } from "../../gql/graphql";

export type WorkspaceSection = {
  readonly path: string;
  readonly right: Right;
  readonly label: (t: ResearchMessages) => string;
  readonly description: (t: ResearchMessages) => string;
};

/** The workspace's screens in the order a study runs, each with the right that opens it. */
export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  {
    path: "/companies",
    right: "READ_FRAME",
    label: (t) => t.nav.companies,
    description: (t) => t.home.companies,
  },
  {
    path: "/companies/import",
    right: "EDIT_STUDY_DATA",
    label: (t) => t.nav.import,
    description: (t) => t.home.import,
  },
  {
    path: "/test-mode",
    right: "RUN_FIELDWORK",
    label: (t) => t.nav.testMode,
    description: (t) => t.home.testMode,
  },
  {
    path: "/invitations",
    right: "READ_FRAME",
    label: (t) => t.nav.invitations,
    description: (t) => t.home.invitations,
  },
  {
    path: "/responses",
    right: "READ_ANSWERS",
    label: (t) => t.nav.responses,
    description: (t) => t.home.responses,
  },
  {
    path: "/mail/templates",
    right: "READ_FRAME",
    label: (t) => t.nav.templates,
    description: (t) => t.home.templates,
  },
  {
    path: "/mail/outbox",
    right: "RUN_FIELDWORK",
    label: (t) => t.nav.outbox,
    description: (t) => t.home.outbox,
  },
  {
    path: "/mail/deliveries",
    right: "RUN_FIELDWORK",
    label: (t) => t.nav.deliveries,
    description: (t) => t.home.deliveries,
  },
  {
    path: "/responses/import",
    right: "EDIT_STUDY_DATA",
    label: (t) => t.nav.responseImport,
    description: (t) => t.home.responseImport,
  },
  {
    path: "/dashboard",
    right: "READ_AGGREGATES",
    label: (t) => t.nav.dashboard,
    description: (t) => t.home.dashboard,
  },
  {
    path: "/accounts",
    right: "MANAGE_ACCOUNTS",
    label: (t) => t.nav.accounts,
    description: (t) => t.home.accounts,
  },
  { path: "/audit", right: "MANAGE_ACCOUNTS", label: (t) => t.nav.audit, description: (t) => t.home.audit },
  { path: "/study", right: "MANAGE_STUDY", label: (t) => t.nav.study, description: (t) => t.home.study },
];

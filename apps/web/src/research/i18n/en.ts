import type { ResearchMessages } from "./messages";

export const en: ResearchMessages = {
  title: "Researcher workspace",
  placeholder: "Sign-in, companies, invitations and analysis will appear here.",
};

import type { Messages } from "./messages";

export const en: Messages = {
  app: {
    name: "SMI Study",
    skipToContent: "Skip to content",
    languageSwitch: "Language",
    loading: "Loading…",
  },
  landing: {
    title: "Sales–marketing integration in SMEs of western Romania",
    lead: "An academic study of how well sales and marketing teams work together in small and medium-sized enterprises.",
    whoHeading: "Who runs the study",
    who: "A team of researchers studying sales–marketing integration (SMI) in the SMEs of western Romania.",
    whatHeading: "What we ask of you",
    what: "A questionnaire of 20 statements about how sales and marketing work together in your company. It takes a few minutes and works on a phone too.",
    basisHeading: "What it builds on",
    basis:
      "The questionnaire is adapted from the one proposed by Philip Kotler, Neil Rackham and Suj Krishnaswamy (2006, “Ending the War Between Sales and Marketing”, Harvard Business Review). Answers are analysed only in aggregate, for research.",
    invitedHeading: "Did you receive an invitation?",
    invited:
      "Use the personal link in the e-mail: it takes you straight to the questionnaire, with no account and no password.",
    researchersLink: "Researcher workspace",
  },
  status: {
    checking: "Checking the server…",
    ok: (version) => `Server up · version ${version}`,
    degraded: (version) => `Server degraded · version ${version}`,
    unreachable: "The server is not answering right now.",
  },
  notFound: {
    title: "Page not found",
    body: "This address matches no page. If you came from an e-mail, check that the link is complete.",
    home: "Back to the home page",
  },
};

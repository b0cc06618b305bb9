import type { RespondMessages } from "./messages";

export const en: RespondMessages = {
  title: "SMI study questionnaire",
  placeholder: "The questionnaire will appear here.",
};

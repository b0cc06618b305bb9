import type { RespondMessages } from "./messages";

export const ro: RespondMessages = {
  title: "Chestionarul studiului SMI",
  placeholder: "Chestionarul va apărea aici.",
};

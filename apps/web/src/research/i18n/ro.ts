import type { ResearchMessages } from "./messages";

export const ro: ResearchMessages = {
  title: "Spațiul de lucru al cercetătorilor",
  placeholder: "Autentificarea, firmele, invitațiile și analiza vor apărea aici.",
};

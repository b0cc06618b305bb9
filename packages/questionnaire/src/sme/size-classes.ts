import type { Localized } from "../locale";

export const SIZE_CLASSES = ["micro", "small", "medium", "large"] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, Localized>> = {
  micro: { ro: "Microîntreprindere", en: "Micro-enterprise" },
  small: { ro: "Întreprindere mică", en: "Small enterprise" },
  medium: { ro: "Întreprindere mijlocie", en: "Medium-sized enterprise" },
  large: { ro: "Întreprindere mare", en: "Large enterprise" },
};

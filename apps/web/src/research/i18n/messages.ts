import type { en } from "./en";

/**
 * The research area's interface text. en.ts gives the shape; ro.ts must fill in every key with the same types, so
 * a missing or misspelt key in either language is a type error.
 */
export type ResearchMessages = typeof en;

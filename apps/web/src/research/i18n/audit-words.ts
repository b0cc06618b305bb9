import type { AuditAction, AuditSubjectType } from "../../gql/graphql";

/** What a sentence about one audit entry is made of, already in the reader's language. */
export type AuditWords = {
  /** The account that acted, or "the system". */
  actor: string;
  /** The entry's object with its noun: "the company Crișana SRL", "erased company #1a2b3c4d". */
  subject: string;
  /** The companies concerned: one by name, or "12 companies in Bihor". */
  companies: string;
  /** Figures and ids the entry recorded (never personal data). */
  details: Record<string, unknown>;
};

export type AuditText = {
  system: string;
  /** An object with its noun; `name` null when erased or gone. */
  object: (type: AuditSubjectType, name: string | null, id: string) => string;
  /** The companies an entry concerns: count, up to three names, their counties' names. */
  companies: (count: number, names: readonly string[], counties: readonly string[]) => string;
  actionNames: Record<AuditAction, string>;
  objectTypes: Record<AuditSubjectType, string>;
  sentences: Record<AuditAction, (words: AuditWords) => string>;
};

/** A recorded figure, or 0 when an older entry did not record it. */
export const figure = (value: unknown): number => (typeof value === "number" ? value : 0);

/** The first eight characters of an id: enough to tell entries apart on screen. */
export const shortId = (id: string): string => `#${id.slice(0, 8)}`;

/** A recorded ISO date as the reader's language writes a day, or "?" when an entry did not record it. */
export const day = (iso: unknown, tag: string): string =>
  typeof iso === "string" ? new Date(iso).toLocaleDateString(tag, { dateStyle: "long" }) : "?";

/** A recorded ISO instant as a day and time in the reader's language. */
export const dayTime = (iso: unknown, tag: string): string =>
  typeof iso === "string"
    ? new Date(iso).toLocaleString(tag, { dateStyle: "long", timeStyle: "short" })
    : "?";

/** An answer given on this device that the server has not confirmed yet. */
export type PendingAnswer = {
  readonly value: number;
  /** The server's answer to the statement when this one was given (null: none), to notice a change elsewhere. */
  readonly base: number | null;
};

/** What this browser keeps for one invitation until the server has confirmed it. */
export type DeviceRecord = {
  readonly answers: Readonly<Record<string, PendingAnswer>>;
  /** A submit made offline, with the revision of the review it was made on (null: not known then). */
  readonly submit: { readonly revision: string | null } | null;
};

const EMPTY: DeviceRecord = { answers: {}, submit: null };

/**
 * The key names the invitation by a hash of its token, so the storage does not hold the token itself (the
 * address bar and history already do). cyrb53 is synchronous and needs no secure context, unlike crypto.subtle;
 * 53 bits keep two links of one browser apart.
 */
export function deviceKey(token: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < token.length; i += 1) {
    const c = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `smi.journey.${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

function isPending(value: unknown): value is PendingAnswer {
  if (typeof value !== "object" || value === null) return false;
  const { value: v, base } = value as Record<string, unknown>;
  return Number.isInteger(v) && (base === null || Number.isInteger(base));
}

/** Reads what a stored record can be trusted for; anything malformed (an older format, a hand edit) is dropped. */
function parse(text: string | null): DeviceRecord {
  if (!text) return EMPTY;
  try {
    const raw = JSON.parse(text) as { answers?: unknown; submit?: unknown };
    const answers = Object.fromEntries(
      Object.entries(typeof raw.answers === "object" && raw.answers ? raw.answers : {}).filter(([, v]) =>
        isPending(v),
      ),
    ) as Record<string, PendingAnswer>;
    const revision: unknown =
      typeof raw.submit === "object" && raw.submit
        ? (raw.submit as { revision?: unknown }).revision
        : undefined;
    const submit = typeof revision === "string" || revision === null ? { revision } : null;
    return { answers, submit };
  } catch {
    return EMPTY;
  }
}

/**
 * This device's copy of one invitation's unconfirmed work, in localStorage: it survives a closed tab, a phone
 * discarding the page and a reload. Writes report whether they were kept, so the page can say truthfully where an
 * answer is (storage can be full, or off in a private window). The record is removed once nothing is left in it.
 */
export class DeviceStore {
  private readonly key: string;

  constructor(
    token: string,
    private readonly storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null = browserStorage(),
  ) {
    this.key = deviceKey(token);
  }

  read(): DeviceRecord {
    try {
      return parse(this.storage?.getItem(this.key) ?? null);
    } catch {
      return EMPTY;
    }
  }

  /** Replaces the pending answers; true when they are kept on this device. */
  writeAnswers(answers: ReadonlyMap<string, PendingAnswer>): boolean {
    return this.write({ ...this.read(), answers: Object.fromEntries(answers) });
  }

  writeSubmit(submit: DeviceRecord["submit"]): boolean {
    return this.write({ ...this.read(), submit });
  }

  private write(record: DeviceRecord): boolean {
    if (!this.storage) return false;
    try {
      if (Object.keys(record.answers).length === 0 && record.submit === null)
        this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(record));
      return true;
    } catch {
      return false;
    }
  }
}

export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Reading localStorage itself throws where the browser blocks site data.
    return null;
  }
}

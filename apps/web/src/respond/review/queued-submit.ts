import { DeviceStore } from "../journey/device-store";

/** Where an earlier version kept the marker, under the token itself; read once and removed. */
const legacyKey = (token: string) => `smi.queued-submit.${token}`;

function takeLegacy(token: string): boolean {
  try {
    if (localStorage.getItem(legacyKey(token)) === null) return false;
    localStorage.removeItem(legacyKey(token));
    return true;
  } catch {
    return false;
  }
}

/**
 * A submit made without a connection, kept in this browser until it reaches the server (also across a reload),
 * with the revision of the review it was made on: the answers themselves are on the server as drafts, or wait
 * in the device store with them.
 */
export const queuedSubmit = {
  /** The queued submit's reviewed revision (null: reviewed while the server was unreachable), or undefined. */
  get(token: string): string | null | undefined {
    const store = new DeviceStore(token);
    if (takeLegacy(token)) store.writeSubmit({ revision: null });
    return store.read().submit?.revision;
  },
  has(token: string): boolean {
    return queuedSubmit.get(token) !== undefined;
  },
  /** True when it is kept on this device; otherwise it only waits while the page stays open. */
  remember(token: string, revision: string | null): boolean {
    return new DeviceStore(token).writeSubmit({ revision });
  },
  forget(token: string): void {
    new DeviceStore(token).writeSubmit(null);
  },
};

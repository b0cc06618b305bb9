/**
 * A submit made without a connection, remembered in this browser until it reaches the server (also across a
 * reload). Only a marker per link is kept: the answers themselves are already on the server as drafts.
 */
const key = (token: string) => `smi.queued-submit.${token}`;

export const queuedSubmit = {
  has(token: string): boolean {
    try {
      return localStorage.getItem(key(token)) !== null;
    } catch {
      return false;
    }
  },
  remember(token: string): void {
    try {
      localStorage.setItem(key(token), new Date().toISOString());
    } catch {
      // Without storage the page still sends the submit on `online` while it stays open.
    }
  },
  forget(token: string): void {
    try {
      localStorage.removeItem(key(token));
    } catch {
      // Nothing was stored.
    }
  },
};

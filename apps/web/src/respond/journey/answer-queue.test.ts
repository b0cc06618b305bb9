import { AnswerQueue, type SaveStatus } from "./answer-queue";
import type { PendingAnswer } from "./device-store";

/** A stand-in for the API that keeps what it receives and can be switched off like a lost connection. */
function fakeServer() {
  const stored = new Map<string, number>();
  const received: string[] = [];
  let online = true;
  return {
    stored,
    received,
    setOnline: (value: boolean) => (online = value),
    send: async (itemId: string, value: number) => {
      await Promise.resolve();
      if (!online) throw new TypeError("Failed to fetch");
      received.push(`${itemId}=${value}`);
      stored.set(itemId, value);
    },
  };
}

describe("AnswerQueue", () => {
  it("sends answers in order, one at a time, and only the latest choice of a statement still waiting", async () => {
    const server = fakeServer();
    const statuses: SaveStatus[] = [];
    const queue = new AnswerQueue(server.send, (status) => statuses.push(status));
    queue.save("q01", 1);
    queue.save("q01", 2);
    queue.save("q02", 5);
    queue.save("q01", 4);
    expect(await queue.drain()).toBeNull();
    expect(server.stored).toEqual(
      new Map([
        ["q01", 4],
        ["q02", 5],
      ]),
    );
    // q01=2 was overtaken while q01=1 travelled, so it never went out.
    expect(server.received).toEqual(["q01=1", "q01=4", "q02=5"]);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("keeps answers that could not be sent and sends them on the next drain", async () => {
    const server = fakeServer();
    const statuses: SaveStatus[] = [];
    const queue = new AnswerQueue(server.send, (status) => statuses.push(status));
    server.setOnline(false);
    queue.save("q03", 3);
    expect(await queue.drain()).toEqual({ kind: "offline" });
    expect(statuses.at(-1)).toBe("failed");
    expect(server.stored.size).toBe(0);

    server.setOnline(true);
    expect(await queue.drain()).toBeNull();
    expect(server.stored.get("q03")).toBe(3);
  });

  it("keeps every unconfirmed answer on the device, with the server's answer it replaces, until it is sent", async () => {
    const server = fakeServer();
    const kept: Record<string, PendingAnswer>[] = [];
    const statuses: SaveStatus[] = [];
    const queue = new AnswerQueue(server.send, (status) => statuses.push(status), {
      confirmed: new Map([["q02", 1]]),
      keep: (pending) => {
        kept.push(Object.fromEntries(pending));
        return true;
      },
    });
    server.setOnline(false);
    queue.save("q02", 4);
    queue.save("q03", 2);
    await queue.drain();
    expect(kept.at(-1)).toEqual({ q02: { value: 4, base: 1 }, q03: { value: 2, base: null } });
    // Offline but kept: the page may say the answers are on this device.
    expect(statuses.at(-1)).toBe("on-device");

    server.setOnline(true);
    expect(await queue.drain()).toBeNull();
    expect(kept.at(-1)).toEqual({});
    expect(queue.unconfirmed()).toEqual([]);
  });

  it("says an answer is not kept when the device could not store it", async () => {
    const server = fakeServer();
    const statuses: SaveStatus[] = [];
    const queue = new AnswerQueue(server.send, (status) => statuses.push(status), { keep: () => false });
    server.setOnline(false);
    queue.save("q01", 5);
    await queue.drain();
    expect(statuses.at(-1)).toBe("failed");
  });

  it("bases a choice made while the previous one travelled on that previous one, not on the older server answer", async () => {
    const server = fakeServer();
    const kept: Record<string, PendingAnswer>[] = [];
    // The connection drops right after the first answer arrived.
    const send = async (itemId: string, value: number) => {
      await server.send(itemId, value);
      server.setOnline(false);
    };
    const queue = new AnswerQueue(send, () => undefined, {
      keep: (pending) => {
        kept.push(Object.fromEntries(pending));
        return true;
      },
    });
    queue.save("q01", 1);
    queue.save("q01", 2);
    await queue.drain();
    expect(server.stored.get("q01")).toBe(1);
    expect(kept.at(-1)).toEqual({ q01: { value: 2, base: 1 } });
  });

  it("drops a waiting answer whose statement was answered differently elsewhere, once it learns the server's answers", async () => {
    const server = fakeServer();
    server.setOnline(false);
    const queue = new AnswerQueue(server.send, () => undefined, { confirmed: new Map([["q05", 3]]) });
    queue.save("q05", 1);
    queue.save("q06", 2);
    await queue.drain();
    // Meanwhile another device changed q05 to 4.
    expect(queue.adopt(new Map([["q05", 4]]))).toEqual(["q05"]);
    server.setOnline(true);
    await queue.drain();
    expect(server.received).toEqual(["q06=2"]);
  });
});

import { AnswerQueue, type SaveStatus } from "./answer-queue";

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
});

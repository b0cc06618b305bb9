/**
 * A Jest test sequencer that runs the browser-test files in an order shuffled by Jest's seed, to show that no file
 * depends on another having run before it: `jest -c e2e/jest.config.js --testSequencer=./e2e/support/shuffled-order.js
 * --randomize [--seed=N]` (Jest prints the seed; the same seed gives the same order).
 */
export default class ShuffledOrder {
  /** @param {{ globalConfig: { seed: number } }} options */
  constructor({ globalConfig }) {
    this.seed = globalConfig.seed;
  }

  /**
   * @template {{ path: string }} T
   * @param {T[]} tests
   */
  sort(tests) {
    // mulberry32: a small seeded generator, so a failing order can be replayed with --seed.
    let state = this.seed >>> 0;
    const random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const order = [...tests].sort((a, b) => a.path.localeCompare(b.path));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      order.splice(i, 0, ...order.splice(j, 1));
    }
    process.stderr.write(
      `e2e: file order for seed ${this.seed}: ${order.map((t) => t.path.split("/").pop()).join(", ")}\n`,
    );
    return order;
  }

  cacheResults() {}
}

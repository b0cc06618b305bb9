// Times the built engine's analyze() on synthetic responses: node scripts/measure-performance.js [n]
// (run `pnpm build` first). Not part of the tests: wall time depends on the machine.
const { analyze } = require("../dist/index.js");

const n = Number(process.argv[2] ?? 100_000);
let state = 12345;
const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const categoryOf = (t) => (t < 40 ? "undefined" : t < 60 ? "defined" : t < 80 ? "aligned" : "integrated");

const records = Array.from({ length: n }, (_, i) => {
  const level = 1 + random() * 4;
  const items = Array.from({ length: 20 }, () =>
    Math.max(1, Math.min(5, Math.round(level + random() * 2 - 1))),
  );
  const total = items.reduce((s, v) => s + v, 0);
  return {
    id: `r${i}`,
    county: pick(["MM", "SM", "SJ", "CJ", "BH", "AR", "TM"]),
    sizeClass: pick(["micro", "small", "medium", "large"]),
    configuration: pick([
      "hidden_marketing",
      "sales_driven_marketing",
      "living_apart_together",
      "marketing_sales_integration",
    ]),
    items,
    total,
    category: categoryOf(total),
    performance: {
      quota_pct: random() < 0.1 ? null : 50 + total * 0.6 + random() * 30,
      new_customers: Math.floor(random() * total),
      closings: Math.floor(random() * 40),
      gross_profit_per_customer_eur: random() < 0.2 ? null : 1000 + random() * 5000,
      sales_expense_ratio_pct: random() * 30,
      retention_pct: random() < 0.3 ? null : 40 + random() * 60,
      revenue_growth_pct: random() * 40 - 10,
    },
  };
});

const started = process.hrtime.bigint();
const result = analyze(records, { k: 4, seed: 1 });
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(
  `analyze(${n} records): ${ms.toFixed(0)} ms; alpha ${result.reliability.alpha?.toFixed(4)}, ` +
    `clusters ${result.clustering.sizes.join("/")}, silhouette on ${result.clustering.silhouette.sampleSize}, ` +
    `JSON ${(JSON.stringify(result).length / 1024).toFixed(0)} kB\n`,
);

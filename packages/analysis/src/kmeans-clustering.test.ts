import { adjustedRandIndex } from "./adjusted-rand-index";
import { toItemMatrix } from "./items";
import { kmeansClustering, kSelection, RESTART_SAMPLE_SIZE } from "./kmeans-clustering";
import { seededRandom } from "./random";
import { silhouette } from "./silhouette";
import { expectClose } from "./testing/expect-close";
import { smallCases, survey } from "./testing/fixtures";

const matrix = toItemMatrix(survey.records.map((r) => r.items));
const categories = survey.records.map((r) => r.category);
const rClusters = survey.expected.kmeans.clusters.map((c) => c - 1);

/** Answers of `n` respondents from four profiles, for the large-n paths. */
function syntheticAnswers(n: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const level = 1 + Math.floor(random() * 4);
    return Array.from({ length: 20 }, () =>
      Math.max(1, Math.min(5, Math.round(level + random() * 1.6 - 0.8))),
    );
  });
}

describe("kmeansClustering", () => {
  const result = kmeansClustering(matrix, { k: 4, seed: 1 });

  it("finds a partition at least as tight as R's best of 50 starts (within 0.1%)", () => {
    expect(result.reason).toBeNull();
    expect(result.inertia!).toBeLessThanOrEqual(1.001 * survey.expected.kmeans.inertia);
    expect(result.sizes.reduce((s, v) => s + v, 0)).toBe(240);
    expect(result.centroids).toHaveLength(4);
  });

  it("orders clusters from the lowest to the highest mean answer", () => {
    const means = result.centroids.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
    expect([...means].sort((a, b) => a - b)).toEqual(means);
  });

  it("is reproducible from its seed", () => {
    expect(kmeansClustering(matrix, { k: 4, seed: 1 })).toEqual(result);
  });

  it("refuses fewer distinct answer patterns than clusters instead of inventing clusters", () => {
    const same = toItemMatrix(Array.from({ length: 10 }, () => new Array<number>(20).fill(3)));
    expect(kmeansClustering(same, { k: 4 })).toMatchObject({
      inertia: null,
      reason: "TOO_FEW_DISTINCT_CASES",
    });
    expect(kmeansClustering(toItemMatrix([[1, 2]]), { k: 2 }).reason).toBe("TOO_FEW_CASES");
    expect(kmeansClustering(toItemMatrix([], 20)).reason).toBe("NO_CASES");
  });

  it("runs its restarts on a sample for large data and samples the silhouette, saying so", () => {
    const large = kmeansClustering(toItemMatrix(syntheticAnswers(6000, 3)), { k: 4, seed: 9 });
    expect(large.restartSampleSize).toBe(RESTART_SAMPLE_SIZE);
    expect(large.silhouette).toMatchObject({ sampled: true, sampleSize: 2000, reason: null });
    expect(large.sizes.reduce((s, v) => s + v, 0)).toBe(6000);
    expect(large.silhouette.mean!).toBeGreaterThan(0.2);
  });
});

describe("silhouette", () => {
  it("matches cluster::silhouette on R's k-means partition of the survey", () => {
    const width = silhouette(matrix, rClusters);
    expect(width.sampled).toBe(false);
    expectClose(width.mean, survey.expected.kmeans.silhouette);
  });

  it("matches cluster::silhouette with a one-case cluster (scored 0)", () => {
    const { points, labels, expected } = smallCases.silhouette;
    expectClose(
      silhouette(
        toItemMatrix(points),
        labels.map((l) => l - 1),
      ).mean,
      expected,
    );
  });

  it("is null for a single cluster", () => {
    expect(silhouette(toItemMatrix([[1], [2], [3]]), [0, 0, 0])).toMatchObject({
      mean: null,
      reason: "SINGLE_GROUP",
    });
  });
});

describe("adjustedRandIndex", () => {
  it("matches the formula on R's table() for R's clusters against the categories", () => {
    expectClose(
      adjustedRandIndex(rClusters, categories).value,
      survey.expected.kmeans.adjustedRandIndexWithCategories,
    );
    const { a, b, expected } = smallCases.adjustedRandIndex;
    expectClose(adjustedRandIndex(a, b).value, expected);
  });

  it("is 1 for the same partition under other labels, and null when both partitions are trivial", () => {
    expect(adjustedRandIndex([1, 1, 2, 2], ["b", "b", "a", "a"]).value).toBeCloseTo(1, 12);
    expect(adjustedRandIndex([1, 1, 1], ["x", "x", "x"])).toMatchObject({
      value: null,
      reason: "SINGLE_GROUP",
    });
  });
});

describe("kSelection", () => {
  it("reports inertia close to R's best (3 restarts: within 2%) and a silhouette for k = 2..8", () => {
    const selection = kSelection(matrix, { seed: 1 });
    expect(selection).toMatchObject({ sampleSize: 240, sampled: false });
    expect(selection.candidates.map((c) => c.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (const c of selection.candidates) {
      expect(c.inertia!).toBeLessThanOrEqual(1.02 * survey.expected.kmeans.inertiaByK[String(c.k)]!);
      expect(c.silhouette).not.toBeNull();
    }
  });
});

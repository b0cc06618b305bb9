import kmeansJson from "../fixtures/kmeans.json";
import { toItemMatrix, type ItemMatrix } from "./items";
import { kmeansClustering } from "./kmeans-clustering";
import { seededRandom } from "./random";
import { survey } from "./testing/fixtures";

// fixtures/kmeans.R: R's best of 200 Hartigan–Wong starts for k = 2..8 on three data sets.
// The survey's answers and answers from profiles must come within 0.1 %; answers without any structure (uniform),
// where k-means has many near-equal local optima, within 0.5 %.
const sets = kmeansJson.sets.map((set) => ({
  name: set.name,
  matrix: toItemMatrix(set.items ?? survey.records.map((r) => r.items)),
  inertiaByK: set.inertiaByK as Record<string, number>,
  tolerance: set.name === "uniform" ? 0.005 : 0.001,
}));

function shuffledRows(matrix: ItemMatrix, seed: number): { matrix: ItemMatrix; from: number[] } {
  const random = seededRandom(seed);
  const from = Array.from({ length: matrix.n }, (_, i) => i);
  for (let i = from.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [from[i], from[j]] = [from[j]!, from[i]!];
  }
  const values = new Float64Array(matrix.values.length);
  from.forEach((row, i) =>
    values.set(matrix.values.subarray(row * matrix.k, (row + 1) * matrix.k), i * matrix.k),
  );
  return { matrix: { n: matrix.n, k: matrix.k, values }, from };
}

describe("k-means partitions", () => {
  it.each(sets.flatMap((set) => [2, 3, 4, 5, 6, 7, 8].map((k) => [set.name, k, set] as const)))(
    "%s, k = %i: close to R's best inertia from 200 Hartigan–Wong starts",
    (_name, k, set) => {
      const result = kmeansClustering(set.matrix, { k, seed: 1 });
      expect(result.reason).toBeNull();
      expect(result.inertia!).toBeLessThanOrEqual((1 + set.tolerance) * set.inertiaByK[String(k)]!);
    },
  );

  it.each([
    ["the survey", sets[0]!.matrix],
    [
      "6 000 answers (restarts on a sample)",
      toItemMatrix(
        Array.from({ length: 6000 }, (_, i) =>
          sets[1]!.matrix.values.slice((i % 1500) * 20, (i % 1500) * 20 + 20),
        ).map((row, i) => Array.from(row, (v, d) => (i >= 1500 && d === i % 20 ? 6 - v : v))),
      ),
    ],
  ])("gives %s the same clusters whatever the order of the rows", (_name, matrix) => {
    const original = kmeansClustering(matrix, { k: 4, seed: 7 });
    for (const seed of [1, 2]) {
      const { matrix: shuffled, from } = shuffledRows(matrix, seed);
      const again = kmeansClustering(shuffled, { k: 4, seed: 7 });
      expect(again.inertia).toBe(original.inertia);
      expect(again.sizes).toEqual(original.sizes);
      expect(again.centroids).toEqual(original.centroids);
      expect(again.silhouette).toEqual(original.silhouette);
      expect(again.assignments).toEqual(from.map((row) => original.assignments[row]));
    }
  });
});

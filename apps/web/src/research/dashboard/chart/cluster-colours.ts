/**
 * Clusters are not categories, so they get the Okabe–Ito colours in another order (black and yellow last: yellow
 * is faint on white); cluster 1 (the lowest profile) first.
 */
const CLUSTER_COLOURS = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#E69F00",
  "#000000",
  "#F0E442",
];

export function clusterColour(number: number): string {
  return CLUSTER_COLOURS[(number - 1) % CLUSTER_COLOURS.length]!;
}

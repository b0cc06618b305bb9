import type { CountyCode, SizeClass } from "@smi/questionnaire";
import sampleJson from "../../fixtures/sample.json";

// Written by fixtures/sample.R: submission times for survey.json's records, a frame, and what R and survey compute.

export interface RGoodnessOfFit {
  levels: string[];
  observed: number[];
  frame: number[];
  expected: number[];
  chiSquare: number;
  df: number;
  p: number;
}
export interface RWelch {
  nEarly: number;
  nLate: number;
  meanEarly: number;
  meanLate: number;
  sdEarly: number;
  sdLate: number;
  difference: number;
  t: number;
  df: number;
  p: number;
  ci95: [number, number];
}
export interface RWeighted {
  mean: number;
  se: number;
  deff: number;
  categories: { category: string; proportion: number; se: number; deff: number }[];
  cells: { county: CountyCode; sizeClass: SizeClass; weight: number }[];
  weightSum: number;
  excludedIds?: string[];
}

export const sample = sampleJson as unknown as {
  submittedAt: string[];
  frame: { county: CountyCode; sizeClass: SizeClass; n: number }[];
  goodnessOfFit: { county: RGoodnessOfFit; sizeClass: RGoodnessOfFit };
  earlyLate: { earlyCut: string; lateCut: string; total: RWelch; items: RWelch[] };
  postStratified: RWeighted;
  raked: RWeighted;
};

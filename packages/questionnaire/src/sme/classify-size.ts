import type { SizeClass } from "./size-classes";

export interface EnterpriseFigures {
  /** Headcount in annual work units, so part-time staff may make it fractional. */
  employees: number;
  /** null: the respondent does not know or prefers not to say. */
  turnoverEur: number | null;
  balanceSheetEur: number | null;
}

/**
 * Ceilings of Commission Recommendation 2003/361/EC, Annex, Art. 2. The paper words the headcount as "no more than
 * 250 persons", but the Recommendation says "fewer than 250", and we follow the Recommendation: 250 staff is large.
 * A class also requires turnover OR balance-sheet total within its ceiling, so one figure over the limit is not
 * enough to leave the class.
 */
export const SIZE_CEILINGS: readonly {
  sizeClass: Exclude<SizeClass, "large">;
  employeesBelow: number;
  maxTurnoverEur: number;
  maxBalanceSheetEur: number;
}[] = [
  { sizeClass: "micro", employeesBelow: 10, maxTurnoverEur: 2_000_000, maxBalanceSheetEur: 2_000_000 },
  { sizeClass: "small", employeesBelow: 50, maxTurnoverEur: 10_000_000, maxBalanceSheetEur: 10_000_000 },
  { sizeClass: "medium", employeesBelow: 250, maxTurnoverEur: 50_000_000, maxBalanceSheetEur: 43_000_000 },
];

function assertFigure(name: string, value: number | null): void {
  if (value !== null && !(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${name} must be a non-negative finite number or null; got ${value}.`);
  }
}

/**
 * Unknown (null) figures: we decide on what is known. A financial ceiling is met when at least one KNOWN figure is
 * within it, since the Recommendation needs only one of the two; when both are null we classify on headcount alone
 * rather than exclude a respondent who may well be an SME. Throws RangeError for negative or non-finite figures.
 */
export function classifySize(f: EnterpriseFigures): SizeClass {
  assertFigure("employees", f.employees);
  assertFigure("turnoverEur", f.turnoverEur);
  assertFigure("balanceSheetEur", f.balanceSheetEur);
  const bothUnknown = f.turnoverEur === null && f.balanceSheetEur === null;
  const match = SIZE_CEILINGS.find(
    (c) =>
      f.employees < c.employeesBelow &&
      (bothUnknown ||
        (f.turnoverEur !== null && f.turnoverEur <= c.maxTurnoverEur) ||
        (f.balanceSheetEur !== null && f.balanceSheetEur <= c.maxBalanceSheetEur)),
  );
  return match?.sizeClass ?? "large";
}

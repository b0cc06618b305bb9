import { AAPOR_DISPOSITIONS, DISPOSITION_OF_STATUS, responseRates } from "./aapor";

const none = Object.fromEntries(AAPOR_DISPOSITIONS.map((d) => [d, 0])) as Record<
  (typeof AAPOR_DISPOSITIONS)[number],
  number
>;

describe("AAPOR dispositions", () => {
  it("gives every invitation status one disposition, and none to a revoked invitation", () => {
    expect(DISPOSITION_OF_STATUS).toMatchObject({
      completed: "complete",
      started: "partial",
      refused: "refusal",
      bounced: "nonContact",
      screened_out: "notEligible",
      sent: "unknown",
      expired: "unknown",
      revoked: null,
    });
  });

  it("computes RR1 and RR2 with the ineligible out of the denominator", () => {
    // 10 complete, 5 partial, 3 refusals, 2 bounced, 20 unknown, 10 screened out: denominator 40.
    const rates = responseRates({
      ...none,
      complete: 10,
      partial: 5,
      refusal: 3,
      nonContact: 2,
      unknown: 20,
      notEligible: 10,
    });
    expect(rates.rr1).toBeCloseTo(10 / 40, 12);
    expect(rates.rr2).toBeCloseTo(15 / 40, 12);
  });

  it("has no rate without a case that may be eligible", () => {
    expect(responseRates(none)).toEqual({ rr1: null, rr2: null });
    expect(responseRates({ ...none, notEligible: 4 })).toEqual({ rr1: null, rr2: null });
  });
});

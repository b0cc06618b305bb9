import { endOfDayIso } from "./end-of-day";

describe("endOfDayIso", () => {
  it("gives the last second of the local day", () => {
    const iso = endOfDayIso("2027-01-15");
    const local = new Date(iso!);
    expect([local.getFullYear(), local.getMonth(), local.getDate()]).toEqual([2027, 0, 15]);
    expect([local.getHours(), local.getMinutes(), local.getSeconds()]).toEqual([23, 59, 59]);
  });

  it("treats an empty or malformed field as no expiry", () => {
    expect(endOfDayIso("")).toBeNull();
    expect(endOfDayIso("15.01.2027")).toBeNull();
  });
});

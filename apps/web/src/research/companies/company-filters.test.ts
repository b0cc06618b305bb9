import { companyQueryVariables, readCompanyFilters, writeCompanyFilters } from "./company-filters";

describe("company filters", () => {
  it("reads the address into filters and the query's variables", () => {
    const filters = readCompanyFilters(
      new URLSearchParams("q= Oradea &county=BH&size=small&eligible=yes&invited=no&offset=25"),
    );
    expect(companyQueryVariables(filters)).toEqual({
      search: "Oradea",
      counties: ["BH"],
      sizeClasses: ["small"],
      eligible: true,
      invited: false,
      limit: 25,
      offset: 25,
    });
  });

  it("ignores values the server would refuse", () => {
    const filters = readCompanyFilters(new URLSearchParams("county=B&size=huge&eligible=maybe&offset=-3"));
    expect(filters).toEqual({
      search: "",
      county: "",
      sizeClass: "",
      eligible: "any",
      invited: "any",
      offset: 0,
    });
    expect(companyQueryVariables(filters)).toEqual({
      search: undefined,
      counties: undefined,
      sizeClasses: undefined,
      eligible: undefined,
      invited: undefined,
      limit: 25,
      offset: 0,
    });
  });

  it("writes back only what narrows the list", () => {
    const params = writeCompanyFilters({
      search: "",
      county: "TM",
      sizeClass: "",
      eligible: "no",
      invited: "any",
      offset: 0,
    });
    expect(params.toString()).toBe("county=TM&eligible=no");
  });
});

import {
  companiesCsvHref,
  companyQueryVariables,
  readCompanyFilters,
  writeCompanyFilters,
} from "./company-filters";

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
      sort: "name",
      direction: "asc",
      limit: 25,
      offset: 25,
    });
  });

  it("keeps the sort in the address and sends the same filters and order to the download", () => {
    const filters = readCompanyFilters(new URLSearchParams("county=CJ&eligible=no&sort=sizeClass&dir=desc"));
    expect(filters.sort).toEqual({ key: "sizeClass", direction: "desc" });
    expect(writeCompanyFilters(filters).toString()).toBe("county=CJ&eligible=no&sort=sizeClass&dir=desc");
    expect(companiesCsvHref(filters)).toBe(
      "/api/exports/companies.csv?county=CJ&eligible=false&sort=sizeClass&direction=desc",
    );
    expect(readCompanyFilters(new URLSearchParams("sort=turnover")).sort).toEqual({
      key: "name",
      direction: "asc",
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
      sort: { key: "name", direction: "asc" },
      offset: 0,
    });
    expect(companyQueryVariables(filters)).toEqual({
      search: undefined,
      counties: undefined,
      sizeClasses: undefined,
      eligible: undefined,
      invited: undefined,
      sort: "name",
      direction: "asc",
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
      sort: { key: "name", direction: "asc" },
      offset: 0,
    });
    expect(params.toString()).toBe("county=TM&eligible=no");
  });
});

import {
  readResponseFilters,
  responseQueryVariables,
  sortedBy,
  writeResponseFilters,
  type ResponseFilters,
} from "./response-filters";

describe("responses filters in the address", () => {
  it("reads known values, drops unknown ones and defaults to every response, newest first", () => {
    expect(
      readResponseFilters(
        new URLSearchParams("state=done&county=XX&flag=speeding&excluded=yes&sort=odd&offset=-5"),
      ),
    ).toEqual({
      search: "",
      state: "",
      county: "",
      source: "",
      flag: "speeding",
      exclusion: "excluded",
      sort: "started_at",
      direction: "desc",
      offset: 0,
    });
  });

  it("round-trips through the address, writing only what differs from the default", () => {
    const filters: ResponseFilters = {
      search: "Crișana",
      state: "in_progress",
      county: "BH",
      source: "web",
      flag: "",
      exclusion: "included",
      sort: "duration",
      direction: "asc",
      offset: 50,
    };
    const params = writeResponseFilters(filters);
    expect(params.toString()).toBe(
      "q=Cri%C8%99ana&state=in_progress&county=BH&source=web&excluded=no&sort=duration&dir=asc&offset=50",
    );
    expect(readResponseFilters(params)).toEqual(filters);
    expect(writeResponseFilters(readResponseFilters(new URLSearchParams())).toString()).toBe("");
  });

  it("maps to the server's filter and turns a column's order round on a second click", () => {
    const filters = readResponseFilters(new URLSearchParams("excluded=yes&flag=inconsistent&offset=100"));
    expect(responseQueryVariables(filters)).toMatchObject({
      filter: { excluded: true, flags: ["inconsistent"], states: undefined },
      sort: "started_at",
      direction: "desc",
      offset: 100,
    });
    const byCompany = sortedBy(filters, "company");
    expect(byCompany).toMatchObject({ sort: "company", direction: "asc", offset: 0 });
    expect(sortedBy(byCompany, "company").direction).toBe("desc");
  });
});

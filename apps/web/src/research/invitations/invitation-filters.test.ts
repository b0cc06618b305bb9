import {
  invitationQueryVariables,
  invitationsCsvHref,
  readInvitationFilters,
  writeInvitationFilters,
} from "./invitation-filters";

describe("invitation filters", () => {
  it("round-trips through the address", () => {
    const filters = readInvitationFilters(
      new URLSearchParams("status=screened_out&county=BH&q=crișul&offset=50"),
    );
    expect(filters).toEqual({
      status: "screened_out",
      county: "BH",
      search: "crișul",
      sort: { key: "createdAt", direction: "desc" },
      offset: 50,
    });
    expect(writeInvitationFilters(filters).toString()).toBe(
      "status=screened_out&county=BH&q=cri%C8%99ul&offset=50",
    );
    expect(invitationQueryVariables(filters)).toEqual({
      statuses: ["screened_out"],
      counties: ["BH"],
      search: "crișul",
      sort: "createdAt",
      direction: "desc",
      limit: 25,
      offset: 50,
    });
  });

  it("keeps a chosen sort in the address and sends the same filter and order to the download", () => {
    const filters = readInvitationFilters(new URLSearchParams("county=CJ&sort=company&dir=asc"));
    expect(filters.sort).toEqual({ key: "company", direction: "asc" });
    expect(writeInvitationFilters(filters).toString()).toBe("county=CJ&sort=company&dir=asc");
    expect(invitationsCsvHref(filters)).toBe(
      "/api/exports/invitations.csv?county=CJ&sort=company&direction=asc",
    );
  });

  it("drops statuses and counties the server does not know", () => {
    expect(readInvitationFilters(new URLSearchParams("status=lost&county=XX"))).toEqual({
      status: "",
      county: "",
      search: "",
      sort: { key: "createdAt", direction: "desc" },
      offset: 0,
    });
  });
});

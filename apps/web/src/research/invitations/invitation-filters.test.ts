import {
  invitationQueryVariables,
  readInvitationFilters,
  writeInvitationFilters,
} from "./invitation-filters";

describe("invitation filters", () => {
  it("round-trips through the address", () => {
    const filters = readInvitationFilters(
      new URLSearchParams("status=screened_out&county=BH&q=crișul&offset=50"),
    );
    expect(filters).toEqual({ status: "screened_out", county: "BH", search: "crișul", offset: 50 });
    expect(writeInvitationFilters(filters).toString()).toBe(
      "status=screened_out&county=BH&q=cri%C8%99ul&offset=50",
    );
    expect(invitationQueryVariables(filters)).toEqual({
      statuses: ["screened_out"],
      counties: ["BH"],
      search: "crișul",
      limit: 25,
      offset: 50,
    });
  });

  it("drops statuses and counties the server does not know", () => {
    expect(readInvitationFilters(new URLSearchParams("status=lost&county=XX"))).toEqual({
      status: "",
      county: "",
      search: "",
      offset: 0,
    });
  });
});

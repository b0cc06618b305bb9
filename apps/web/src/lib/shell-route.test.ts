import { matchShellRoute } from "./shell-route";

describe("matchShellRoute", () => {
  it("sends an invitation link to the respondent area with its token", () => {
    expect(matchShellRoute("/r/Ab3_x-9")).toEqual({ area: "respond", token: "Ab3_x-9", step: "" });
    expect(matchShellRoute("/r/Ab3_x-9/")).toEqual({ area: "respond", token: "Ab3_x-9", step: "" });
  });

  it("keeps a journey screen's address for the journey to read", () => {
    expect(matchShellRoute("/r/Ab3_x-9/statements/4")).toEqual({
      area: "respond",
      token: "Ab3_x-9",
      step: "statements/4",
    });
    expect(matchShellRoute("/r/Ab3_x-9/review/")).toEqual({
      area: "respond",
      token: "Ab3_x-9",
      step: "review",
    });
  });

  it("sends an e-mail's opt-out link to its page with its token", () => {
    expect(matchShellRoute("/optout/Ab3_x-9")).toEqual({ area: "optout", token: "Ab3_x-9" });
    expect(matchShellRoute("/optout/")).toEqual({ area: "not-found" });
  });

  it("treats a cut link or an extended opt-out link as not found rather than a wrong token", () => {
    expect(matchShellRoute("/r/")).toEqual({ area: "not-found" });
    expect(matchShellRoute("/optout/abc/extra")).toEqual({ area: "not-found" });
    expect(matchShellRoute("/r/%E0%A4%A")).toEqual({ area: "not-found" });
    expect(matchShellRoute("/r/%E0%A4%A/review")).toEqual({ area: "not-found" });
  });

  it("keeps every /research path for the researcher workspace", () => {
    expect(matchShellRoute("/research")).toEqual({ area: "research", workspace: true });
    expect(matchShellRoute("/research/companies/42")).toEqual({ area: "research", workspace: true });
    expect(matchShellRoute("/researchers")).toEqual({ area: "not-found" });
  });

  it("tells the wide workspace from the pages that open without a session", () => {
    expect(matchShellRoute("/research/dashboard/scores")).toEqual({ area: "research", workspace: true });
    for (const page of ["sign-in", "forgot-password", "reset-password", "set-password/"])
      expect(matchShellRoute(`/research/${page}`)).toEqual({ area: "research", workspace: false });
  });

  it("finds the landing page and nothing else at the root", () => {
    expect(matchShellRoute("/")).toEqual({ area: "landing" });
    expect(matchShellRoute("/about")).toEqual({ area: "not-found" });
  });
});

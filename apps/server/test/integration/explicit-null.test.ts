import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/**
 * Generated clients send null for an optional argument they were given no value for: every optional filter,
 * list and input field must then mean what omitting it means, never INTERNAL_SERVER_ERROR.
 */
describe("an explicit null is the same as leaving an optional argument out", () => {
  const queries: Array<[string, string]> = [
    ["categoryByCounty", `{ categoryByCounty(filter: null) { total } }`],
    [
      "analysis",
      `{ analysis(filter: null) { n filter { counties sizeClasses configurations consistency } } }`,
    ],
    [
      "analysis with null inside the filter",
      `{ analysis(filter: { counties: null, sizeClasses: null, configurations: null, consistency: null,
          submittedFrom: null, submittedTo: null }) { n } }`,
    ],
    ["studyProgress", `{ studyProgress(filter: null) { total { sent } } }`],
    [
      "studyProgress with null lists",
      `{ studyProgress(filter: { counties: null, sizeClasses: null }) { total { sent } } }`,
    ],
    [
      "companies",
      `{ companies(search: null, counties: null, sizeClasses: null, eligible: null, invited: null) { total } }`,
    ],
    ["invitations", `{ invitations(counties: null, statuses: null, search: null) { total } }`],
    ["emailDeliveries", `{ emailDeliveries(statuses: null) { total } }`],
    ["auditLog", `{ auditLog(filter: null) { total } }`],
  ];

  it.each(queries)("%s", async (_name, query) => {
    const admin = await signInAs(t, "administrator", ["READ_CONTACTS", "READ_ANSWERS"]);
    const res = await admin(query);
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeTruthy();
  });

  it("updateAccount with null fields changes nothing it was not asked to", async () => {
    const admin = await signInAs(t, "administrator");
    const created = await admin(
      `mutation { createAccount(input: { email: "null-fields@example.org", displayName: "Ana", role: viewer, locale: null }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    const id = (created.data as { createAccount: { id: string } }).createAccount.id;
    const res = await admin(
      `mutation($id: ID!) { updateAccount(id: $id, input: { displayName: null, role: null, grants: null, disabled: null })
        { displayName role disabled } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ updateAccount: { displayName: "Ana", role: "viewer", disabled: false } });
  });
});

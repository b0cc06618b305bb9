import { GraphQLError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { AppError } from "../common/app-error";
import { createLogger } from "../logging/logger";
import { createFormatError } from "./format-error";

const formatError = createFormatError(createLogger("silent"));
const format = (error: unknown, code = "INTERNAL_SERVER_ERROR") =>
  formatError(
    { message: (error as Error).message, extensions: { code, stacktrace: ["at secret.ts:1"] } },
    error,
  );

describe("formatError", () => {
  it("masks unexpected errors: no internal message, no stack trace", () => {
    const result = format(new Error('relation "accounts" does not exist'));
    expect(result.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(result.message).not.toMatch(/relation/);
  });

  it("keeps an AppError's code, message and field errors", () => {
    const error = new AppError("BAD_USER_INPUT", "Check the highlighted fields.", [
      { field: "employees", message: "must not be negative" },
    ]);
    expect(format(error, "BAD_USER_INPUT")).toMatchObject({
      message: "Check the highlighted fields.",
      extensions: {
        code: "BAD_USER_INPUT",
        fieldErrors: [{ field: "employees", message: "must not be negative" }],
      },
    });
  });

  it("turns class-validator errors into field errors without echoing the input", () => {
    const error = new ArgumentValidationError([
      {
        property: "input",
        target: { secret: "echo" },
        value: { employees: -1 },
        constraints: {},
        children: [
          { property: "employees", value: -1, constraints: { min: "employees must not be less than 0" } },
        ],
      },
    ]);
    const result = format(error, "BAD_USER_INPUT");
    expect(result.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ field: "input.employees", message: "employees must not be less than 0" }],
    });
    expect(JSON.stringify(result)).not.toMatch(/echo/);
  });

  it("passes Apollo's own request errors through without stack traces", () => {
    const result = format(new GraphQLError("Syntax Error: Expected Name"), "GRAPHQL_PARSE_FAILED");
    expect(result.extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
  });
});

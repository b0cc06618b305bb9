import { GraphQLError } from "graphql";
import { IsEmail, IsIn, Length, Min, validate } from "class-validator";
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

class Figures {
  @Min(0)
  employees: number;

  @IsEmail({}, { message: "must be an e-mail address" })
  @Length(6, 254)
  email: string;

  @IsIn(["a", "b"])
  role: string;
}

describe("formatError", () => {
  it("masks unexpected errors: no internal message, no stack trace", () => {
    const result = format(new Error('relation "accounts" does not exist'));
    expect(result.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(result.message).not.toMatch(/relation/);
  });

  it("keeps an AppError's code, message and field errors", () => {
    const error = new AppError("BAD_USER_INPUT", "Check the highlighted fields.", [
      { field: "employees", code: "NOT_A_HEADCOUNT", message: "must not be negative" },
    ]);
    expect(format(error, "BAD_USER_INPUT")).toMatchObject({
      message: "Check the highlighted fields.",
      extensions: {
        code: "BAD_USER_INPUT",
        fieldErrors: [{ field: "employees", code: "NOT_A_HEADCOUNT", message: "must not be negative" }],
      },
    });
  });

  it("turns class-validator errors into field errors with codes and params, without echoing the input", async () => {
    const figures = Object.assign(new Figures(), { employees: -1, email: "echo", role: "boss" });
    const error = new ArgumentValidationError([
      {
        property: "input",
        target: { secret: "echo" },
        value: figures,
        constraints: {},
        children: await validate(figures),
      },
    ]);
    const result = format(error, "BAD_USER_INPUT");
    expect(result.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fieldErrors: expect.arrayContaining([
        { field: "input.employees", code: "TOO_SMALL", params: { min: 0 }, message: expect.any(String) },
        { field: "input.email", code: "INVALID_EMAIL", message: "must be an e-mail address" },
        { field: "input.email", code: "LENGTH", params: { min: 6, max: 254 }, message: expect.any(String) },
        { field: "input.role", code: "NOT_ONE_OF", params: { allowed: "a, b" }, message: expect.any(String) },
      ]),
    });
    expect(JSON.stringify(result)).not.toMatch(/echo/);
  });

  it("passes Apollo's own request errors through without stack traces", () => {
    const result = format(new GraphQLError("Syntax Error: Expected Name"), "GRAPHQL_PARSE_FAILED");
    expect(result.extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
  });
});

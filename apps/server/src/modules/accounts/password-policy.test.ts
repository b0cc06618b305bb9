import { passwordProblems } from "./password-policy";

const codes = (password: string, minLength = 12) =>
  passwordProblems(password, { minLength }).map((p) => p.code);

describe("password policy", () => {
  it("refuses passwords shorter than the minimum, counting characters rather than bytes", () => {
    expect(codes("short pw 1")).toEqual(["PASSWORD_TOO_SHORT"]);
    expect(codes("ș".repeat(11))).toEqual(["PASSWORD_TOO_SHORT"]);
    expect(codes("ș".repeat(12))).toEqual([]);
    expect(codes("twelve chars", 16)).toEqual(["PASSWORD_TOO_SHORT"]);
  });

  it("refuses common and breached passwords whatever their case", () => {
    expect(codes("qwerty123456")).toEqual(["PASSWORD_COMMON"]);
    expect(codes("Password1234")).toEqual(["PASSWORD_COMMON"]);
    expect(codes("1qaz2wsx3edc")).toEqual(["PASSWORD_COMMON"]);
  });

  it("accepts long passphrases without composition rules, up to 200 characters", () => {
    expect(codes("correct horse battery staple")).toEqual([]);
    const passphrase = "vara asta mergem la munte cu toții și ne întoarcem abia în septembrie";
    expect([...passphrase].length).toBeGreaterThan(64);
    expect(codes(passphrase)).toEqual([]);
    expect(codes("x".repeat(200))).toEqual([]);
    expect(codes("x".repeat(201))).toEqual(["PASSWORD_TOO_LONG"]);
  });

  it("names the field and explains the problem in English for API clients", () => {
    expect(passwordProblems("qwerty123456", { minLength: 12 }, "newPassword")).toEqual([
      {
        field: "newPassword",
        code: "PASSWORD_COMMON",
        message: "is one of the most common passwords found in data breaches; choose another",
      },
    ]);
  });
});

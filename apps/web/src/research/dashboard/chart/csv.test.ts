import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a BOM, CRLF lines, and quotes only the cells that need it", () => {
    const text = toCsv({
      header: ["county", "label", "n"],
      rows: [
        ["SJ", "Sălaj", 3],
        ["X", 'say "hi", twice', null],
        ["Y", "two\nlines", 0.25],
      ],
    });
    expect(text).toBe(
      '\uFEFFcounty,label,n\r\nSJ,Sălaj,3\r\nX,"say ""hi"", twice",\r\nY,"two\nlines",0.25\r\n',
    );
  });
});

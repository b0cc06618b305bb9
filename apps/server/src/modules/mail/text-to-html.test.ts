import { textToHtml } from "./text-to-html";

describe("textToHtml", () => {
  it("keeps paragraphs and line breaks and makes links tappable", () => {
    const html = textToHtml("Bună ziua,\n\nLinkul:\nhttps://survey.example.org/r/abc_-1\n\nMulțumim", "ro");
    expect(html).toContain('<html lang="ro">');
    expect(html).toContain("<p>Bună ziua,</p>");
    expect(html).toContain(
      '<p>Linkul:<br>\n<a href="https://survey.example.org/r/abc_-1">https://survey.example.org/r/abc_-1</a></p>',
    );
    expect(html).toContain("<p>Mulțumim</p>");
  });

  it("never turns a template's text into markup", () => {
    const html = textToHtml(`Firma <b>"A&B"</b> <script>alert(1)</script>`, "en");
    expect(html).toContain(
      "Firma &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;",
    );
    expect(html).not.toContain("<script>");
  });
});

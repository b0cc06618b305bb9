import { entryKey, staticClosure } from "./chunk-graph.cjs";

// Shaped like a real dist/.vite/manifest.json: a shared vendor chunk, two lazy routes, one importing a chart lib.
const manifest = {
  "index.html": {
    file: "assets/index-1.js",
    isEntry: true,
    imports: ["_vendor-2.js"],
    dynamicImports: ["src/respond/RespondentPage.tsx", "src/research/ResearchWorkspace.tsx"],
    css: ["assets/index-1.css"],
  },
  "_vendor-2.js": { file: "assets/vendor-2.js" },
  "_charts-3.js": { file: "assets/charts-3.js", imports: ["_vendor-2.js"] },
  "src/respond/RespondentPage.tsx": {
    file: "assets/RespondentPage-4.js",
    isDynamicEntry: true,
    imports: ["index.html", "_vendor-2.js"],
  },
  "src/research/ResearchWorkspace.tsx": {
    file: "assets/ResearchWorkspace-5.js",
    isDynamicEntry: true,
    imports: ["index.html", "_charts-3.js"],
  },
};

describe("staticClosure", () => {
  it("counts the entry, the respondent route and their shared imports once each, not other routes", () => {
    expect(staticClosure(manifest, [entryKey(manifest), "src/respond/RespondentPage.tsx"])).toEqual({
      js: ["assets/index-1.js", "assets/vendor-2.js", "assets/RespondentPage-4.js"],
      css: ["assets/index-1.css"],
    });
  });

  it("includes what a lazy route imports statically", () => {
    expect(staticClosure(manifest, ["src/research/ResearchWorkspace.tsx"]).js).toContain(
      "assets/charts-3.js",
    );
  });

  it("fails loudly when the route it should measure was renamed", () => {
    expect(() => staticClosure(manifest, ["src/respond/Gone.tsx"])).toThrow(
      /no chunk "src\/respond\/Gone.tsx"/,
    );
  });
});

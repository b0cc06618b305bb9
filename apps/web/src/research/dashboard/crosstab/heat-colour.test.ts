import { heatColour } from "./heat-colour";

describe("heatColour", () => {
  it("goes from the lightest to the darkest blue, with white text on the dark half", () => {
    expect(heatColour(0, 10)).toEqual({ fill: "#f7fbff", text: "#1d2430" });
    expect(heatColour(10, 10)).toEqual({ fill: "#08306b", text: "#ffffff" });
    expect(heatColour(null, 10).fill).toBe("#ffffff");
    expect(heatColour(3, 0).fill).toBe("#ffffff");
  });
});

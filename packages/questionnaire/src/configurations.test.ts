import { SMI_CONFIGURATIONS, SMI_CONFIGURATION_IDS, isSmiConfigurationId } from "./configurations";

describe("SMI configurations (Biemans et al. 2010)", () => {
  it("are the four configurations, each described at paragraph length", () => {
    expect(SMI_CONFIGURATIONS.map((c) => c.id)).toEqual([...SMI_CONFIGURATION_IDS]);
    expect(SMI_CONFIGURATION_IDS).toHaveLength(4);
    for (const c of SMI_CONFIGURATIONS) {
      expect(c.description.en.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBeGreaterThanOrEqual(2);
      expect(c.description.ro.length).toBeGreaterThan(150);
    }
  });

  it("recognises configuration ids only", () => {
    for (const id of SMI_CONFIGURATION_IDS) expect(isSmiConfigurationId(id)).toBe(true);
    for (const x of ["integrated", "Hidden_marketing", "", null, 1])
      expect(isSmiConfigurationId(x)).toBe(false);
  });
});

import path from "node:path";

/** Where the throwaway test cluster lives; separate from the dev cluster so tests never touch real data. */
export const TEST_CLUSTER_DIR = path.resolve(__dirname, "../.data/test-postgres");
export const TEST_DATABASE_NAME = "smi_test";

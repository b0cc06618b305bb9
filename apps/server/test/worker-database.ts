import { createDatabase, databaseUrl, workerDatabaseName } from "./support/test-database";

// Run before every test file: the file, and the servers and CLI it spawns, use this worker's own database.
process.env.TEST_DATABASE_URL = databaseUrl(workerDatabaseName());

// The worker's first file creates it from the migrated template; the others find it.
beforeAll(() => createDatabase(workerDatabaseName()));

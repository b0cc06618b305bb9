import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "../../logging/logger";
import { hashLines, loadResponseRecords, type MatchingResponses } from "./analysis-data";
import { matchesResponseFilter, type AnalysedResponse, type ResponseFilter } from "./response-filter";

const EVERY_RESPONSE: ResponseFilter = {
  counties: [],
  sizeClasses: [],
  configurations: [],
  consistency: [],
  submittedFrom: null,
  submittedTo: null,
  inclusion: "all",
};

interface Snapshot {
  version: string;
  records: AnalysedResponse[];
  lines: string[];
}

/**
 * The submitted responses, loaded once and kept while the database's counter of changes to them
 * (data_versions.submitted_responses, bumped by triggers) stays the same: the frames of a dashboard view, saved
 * analyses' staleness and repeated visits then cost one small query each instead of a full read. Every server of a
 * deployment keeps its own copy and checks the same counter, so none serves stale figures. Above `maxResponses`
 * nothing is kept: each request reads only the rows its filter selects.
 */
export class SubmittedResponses {
  private snapshot: Promise<Snapshot | null> | null = null;
  private snapshotVersion: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly maxResponses: number,
    private readonly log?: Logger,
  ) {}

  async matching(filter: ResponseFilter): Promise<MatchingResponses> {
    const version = await currentVersion(this.dataSource.manager);
    if (this.snapshotVersion !== version) {
      this.snapshotVersion = version;
      this.snapshot = this.load().catch((error: unknown) => {
        this.snapshotVersion = null;
        throw error;
      });
    }
    const snapshot = await this.snapshot;
    if (!snapshot) {
      const { records, lines } = await loadResponseRecords(this.dataSource.manager, filter);
      return { records, dataHash: hashLines(lines) };
    }
    const matches = matchesResponseFilter(filter);
    const records: AnalysedResponse[] = [];
    const lines: string[] = [];
    snapshot.records.forEach((record, i) => {
      if (!matches(record)) return;
      records.push(record);
      lines.push(snapshot.lines[i]!);
    });
    return { records, dataHash: hashLines(lines) };
  }

  /** Records and counter read in one snapshot of the database, so the copy is exactly that version's data. */
  private load(): Promise<Snapshot | null> {
    return this.dataSource.transaction("REPEATABLE READ", async (manager) => {
      const version = await currentVersion(manager);
      const [{ n }] = (await manager.query(
        `SELECT count(*)::int AS n FROM responses WHERE status = 'submitted'`,
      )) as [{ n: number }];
      if (n > this.maxResponses) return null;
      const { records, lines } = await loadResponseRecords(manager, EVERY_RESPONSE);
      // Shared by every request until the data changes: nothing may change them in place.
      for (const record of records)
        Object.freeze(Object.assign(record, { items: Object.freeze(record.items) }));
      this.log?.debug({ version, responses: records.length }, "loaded the submitted responses for analysis");
      return { version, records, lines };
    });
  }
}

async function currentVersion(manager: EntityManager): Promise<string> {
  const [{ version }] = (await manager.query(
    `SELECT version::text AS version FROM data_versions WHERE name = 'submitted_responses'`,
  )) as [{ version: string }];
  return version;
}

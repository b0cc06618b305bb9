import type { DataSource, EntityManager } from "typeorm";
import type { Logger } from "../../logging/logger";
import { countMatching, loadAnalysisRows, selectRows, type AnalysisRows } from "./analysis-rows";
import { dataHash } from "./data-hash";
import { matchingPositions, type ResponseFilter } from "./response-filter";

const EVERY_RESPONSE: ResponseFilter = {
  counties: [],
  sizeClasses: [],
  configurations: [],
  consistency: [],
  submittedFrom: null,
  submittedTo: null,
  inclusion: "all",
};

/** The submitted responses matching a filter, in id order, with a SHA-256 of exactly those rows (see dataHash). */
export interface MatchingResponses {
  rows: AnalysisRows;
  /** Lets a saved analysis prove which data it used. */
  dataHash: string;
}

interface Snapshot {
  version: string;
  rows: AnalysisRows;
  /** The hash of every row, computed the first time it is asked for. */
  allHash?: string;
}

/**
 * The submitted responses, loaded once and kept while the database's counter of changes to them
 * (the sum of data_versions' submitted_responses slots, bumped by triggers) stays the same: the frames of a dashboard view, saved
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
      const rows = await this.dataSource.transaction("REPEATABLE READ", (manager) =>
        loadAnalysisRows(manager, filter),
      );
      return { rows, dataHash: dataHash(rows) };
    }
    const positions = matchingPositions(filter, snapshot.rows);
    if (!positions) return { rows: snapshot.rows, dataHash: (snapshot.allHash ??= dataHash(snapshot.rows)) };
    const rows = selectRows(snapshot.rows, positions);
    return { rows, dataHash: dataHash(rows) };
  }

  /** Rows and counter read in one snapshot of the database, so the copy is exactly that version's data. */
  private load(): Promise<Snapshot | null> {
    return this.dataSource.transaction("REPEATABLE READ", async (manager) => {
      const version = await currentVersion(manager);
      const n = await countMatching(manager, EVERY_RESPONSE);
      if (n > this.maxResponses) return null;
      // Shared by every request until the data changes: nothing may change them in place.
      const rows = await loadAnalysisRows(manager, EVERY_RESPONSE, n);
      this.log?.debug({ version, responses: rows.columns.n }, "loaded the submitted responses for analysis");
      return { version, rows };
    });
  }
}

async function currentVersion(manager: EntityManager): Promise<string> {
  const [{ version }] = (await manager.query(
    `SELECT sum(version)::text AS version FROM data_versions WHERE name = 'submitted_responses'`,
  )) as [{ version: string }];
  return version;
}

import { stringify } from "csv-stringify/sync";
import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { AppError } from "../common/app-error";
import { spreadsheetSafe } from "../common/csv/spreadsheet-safe";
import type { Services } from "../graphql/context";
import { PersonalDataReads } from "../graphql/personal-data";
import type { Logger } from "../logging/logger";
import type { SignedInAccount } from "../modules/accounts/session.service";
import { hasRight } from "../modules/accounts/rights";
import { audit } from "../modules/audit/audit.service";
import { sendAppError } from "./app-error-response";

export type CsvCell = string | number | boolean | null;

/** One table of the workspace as a CSV file: its address, how it reads the screen's filter, and its rows. */
export interface CsvDownload<Filter> {
  /** E.g. /api/exports/companies.csv */
  path: string;
  /** The screen's filter and sort from the query string; throws badInput naming what is wrong. */
  readFilter(query: Request["query"]): Filter;
  /** What the file is saved as, saying what it holds. */
  fileName(filter: Filter, day: Date): string;
  header(account: SignedInAccount): readonly string[];
  /** The rows in batches; contacts written go into `reads`, so the audit entry lists whose were read. */
  rows(filter: Filter, account: SignedInAccount, reads: PersonalDataReads): AsyncIterable<CsvCell[][]>;
}

const cell = (value: CsvCell) => (typeof value === "string" ? spreadsheetSafe(value) : value);

/**
 * Serves a CsvDownload to accounts with the DOWNLOAD_EXPORTS right, as the responses export is: UTF-8 with a
 * byte-order mark (spreadsheets then read ă, ș, ț), text cells safe from formula injection, and an export.download
 * audit entry with the file name, the filter, the row count and the ids of any contacts it held.
 */
export function csvDownloadRoute<Filter>(
  download: CsvDownload<Filter>,
  dataSource: DataSource,
  services: Services,
  log: Logger,
  readSessionToken: (req: Request) => string | undefined,
): Router {
  const router = express.Router();
  router.get(download.path, async (req: Request, res: Response) => {
    try {
      const account = await services.sessions.resolve(readSessionToken(req));
      if (!account) throw new AppError("UNAUTHENTICATED", "Please sign in to download exports.");
      if (!hasRight(account, "DOWNLOAD_EXPORTS"))
        throw new AppError("FORBIDDEN", "Your account's role does not allow exports.");
      const filter = download.readFilter(req.query);
      const file = download.fileName(filter, new Date());
      const reads = new PersonalDataReads();
      res.type("text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="${file}"`);
      res.setHeader("Cache-Control", "no-store");
      res.write(`\uFEFF${stringify([download.header(account)])}`);
      let rows = 0;
      for await (const batch of download.rows(filter, account, reads)) {
        res.write(stringify(batch.map((row) => row.map(cell))));
        rows += batch.length;
      }
      // Recorded before the download completes: a file whose reading cannot be logged arrives broken.
      await audit(
        dataSource.manager,
        { ...account, ip: req.ip },
        {
          action: "export.download",
          details: { file, filter, rows, ...(reads.isEmpty ? {} : reads.toDetails()) },
        },
      );
      res.end();
    } catch (error) {
      if (error instanceof AppError) return sendAppError(res, error);
      log.error({ err: error }, "export failed");
      // Mid-stream, the only honest signal is a broken download.
      if (res.headersSent) res.destroy();
      else
        res.status(500).json({
          errors: [
            {
              message: "The export failed; please try again.",
              extensions: { code: "INTERNAL_SERVER_ERROR" },
            },
          ],
        });
    }
  });
  return router;
}

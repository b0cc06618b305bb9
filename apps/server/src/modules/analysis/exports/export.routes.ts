import { isLocale, type Locale } from "@smi/questionnaire";
import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { AppError, badInput } from "../../../common/app-error";
import type { Services } from "../../../graphql/context";
import { queryList } from "../../../common/query-params";
import { sendAppError } from "../../../http/app-error-response";
import type { Logger } from "../../../logging/logger";
import { hasRight } from "../../accounts/rights";
import { audit } from "../../audit/audit.service";
import type { QualityThresholds } from "../../responses/response-browser/data-quality";
import { parseResponseFilter, type RawResponseFilter } from "../response-filter";
import { codebookMarkdown } from "./codebook-markdown";
import { exportFileNames } from "./export-file-names";
import { EXPORT_FILES, type ExportFormat } from "./export-files";
import { rScript } from "./r-script";
import { streamResponsesCsv } from "./response-csv-stream";
import { spssSyntax } from "./spss-syntax";

/**
 * The dashboard's whole filter as its GraphQL ResponseFilterInput in JSON (`filter=`), so every filter key reaches
 * parseResponseFilter, including keys added after this route; or the short parameters scripts have used.
 */
function rawFilter(query: Request["query"]): RawResponseFilter {
  if (typeof query.filter !== "string")
    return {
      counties: queryList(query.county),
      sizeClasses: queryList(query.sizeClass),
      configurations: queryList(query.configuration),
      consistency: queryList(query.consistency),
      submittedFrom: typeof query.from === "string" ? query.from : null,
      submittedTo: typeof query.to === "string" ? query.to : null,
      inclusion: typeof query.inclusion === "string" ? query.inclusion : null,
    };
  let parsed: unknown;
  try {
    parsed = JSON.parse(query.filter);
  } catch {
    throw badInput("The filter parameter is not JSON.");
  }
  // A ResponseFilterInput holds enums, dates and texts, lists of them, and perhaps yes/no choices.
  const isScalar = (v: unknown) => typeof v === "string" || typeof v === "boolean";
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    Array.isArray(parsed) ||
    !Object.values(parsed).every((v) => v === null || isScalar(v) || (Array.isArray(v) && v.every(isScalar)))
  )
    throw badInput(
      "The filter parameter must be a JSON object of texts, booleans and lists of them (a ResponseFilterInput).",
    );
  return parsed as RawResponseFilter;
}

/**
 * File downloads for statistical software, behind the same session cookie and roles as the GraphQL API:
 * GET /api/exports/smi-responses.csv?filter={"counties":["BH"]}&locale=ro (or the short county=BH&sizeClass=small&
 * configuration=…&consistency=…&from=YYYY-MM-DD&to=…&inclusion=all; inclusion: included, the default, leaves out the
 * responses researchers excluded), and the matching .sps, .R and codebook, each saved under a
 * name that says the filter and the day. Every download is audited.
 */
export function exportRoutes(
  dataSource: DataSource,
  services: Services,
  log: Logger,
  readSessionToken: (req: Request) => string | undefined,
  quality: QualityThresholds,
): Router {
  const router = express.Router();
  const formats = Object.entries(EXPORT_FILES) as Array<[ExportFormat, string]>;

  router.get("/api/exports/:file", async (req: Request, res: Response) => {
    const format = formats.find(([, name]) => name === req.params.file)?.[0];
    if (!format) {
      sendAppError(
        res,
        new AppError("NOT_FOUND", `Unknown export. Available: ${Object.values(EXPORT_FILES).join(", ")}.`),
      );
      return;
    }
    try {
      const account = await services.sessions.resolve(readSessionToken(req));
      if (!account) throw new AppError("UNAUTHENTICATED", "Please sign in to download exports.");
      if (!hasRight(account, "DOWNLOAD_EXPORTS"))
        throw new AppError("FORBIDDEN", "Your account's role does not allow exports.");
      const locale: Locale = isLocale(req.query.locale) ? req.query.locale : "en";
      const filter = parseResponseFilter(rawFilter(req.query));
      const now = new Date();
      const names = exportFileNames(filter, now);
      res.setHeader("Content-Disposition", `attachment; filename="${names[format]}"`);
      res.setHeader("Cache-Control", "no-store");
      let rows: number | undefined;
      if (format === "csv") {
        res.type("text/csv; charset=utf-8");
        rows = await streamResponsesCsv(dataSource, filter, quality, res);
      } else {
        const text =
          format === "sps"
            ? spssSyntax(locale, now, names.csv)
            : format === "r"
              ? rScript(locale, now, names.csv)
              : codebookMarkdown(locale, now, names.csv, quality);
        res
          .type(format === "codebook" ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8")
          .send(text);
      }
      await audit(
        dataSource.manager,
        { ...account, ip: req.ip },
        {
          action: "export.download",
          details: { file: names[format], filter, rows },
        },
      );
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

import { isLocale, type Locale } from "@smi/questionnaire";
import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { AppError } from "../../../common/app-error";
import type { Services } from "../../../graphql/context";
import { sendAppError } from "../../../http/app-error-response";
import type { Logger } from "../../../logging/logger";
import { hasRight } from "../../accounts/rights";
import { audit } from "../../audit/audit.service";
import type { QualityThresholds } from "../../responses/response-browser/data-quality";
import { parseResponseFilter } from "../response-filter";
import { codebookMarkdown } from "./codebook-markdown";
import { EXPORT_FILES, type ExportFormat } from "./export-files";
import { rScript } from "./r-script";
import { streamResponsesCsv } from "./response-csv-stream";
import { spssSyntax } from "./spss-syntax";

const list = (value: unknown) =>
  value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/**
 * File downloads for statistical software, behind the same session cookie and roles as the GraphQL API:
 * GET /api/exports/smi-responses.csv?county=BH&sizeClass=small&configuration=…&consistency=…&from=YYYY-MM-DD&to=…&inclusion=all&locale=ro
 * (inclusion: included, the default, leaves out the responses researchers excluded),
 * and the matching .sps, .R and codebook. Every download is audited.
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
      const filter = parseResponseFilter({
        counties: list(req.query.county),
        sizeClasses: list(req.query.sizeClass),
        configurations: list(req.query.configuration),
        consistency: list(req.query.consistency),
        submittedFrom: typeof req.query.from === "string" ? req.query.from : null,
        submittedTo: typeof req.query.to === "string" ? req.query.to : null,
        inclusion: typeof req.query.inclusion === "string" ? req.query.inclusion : null,
      });
      const now = new Date();
      res.setHeader("Content-Disposition", `attachment; filename="${EXPORT_FILES[format]}"`);
      res.setHeader("Cache-Control", "no-store");
      let rows: number | undefined;
      if (format === "csv") {
        res.type("text/csv; charset=utf-8");
        rows = await streamResponsesCsv(dataSource, filter, res);
      } else {
        const text =
          format === "sps"
            ? spssSyntax(locale, now)
            : format === "r"
              ? rScript(locale, now)
              : codebookMarkdown(locale, now, quality);
        res
          .type(format === "codebook" ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8")
          .send(text);
      }
      await audit(
        dataSource.manager,
        { ...account, ip: req.ip },
        {
          action: "export.download",
          details: { file: EXPORT_FILES[format], filter, rows },
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

import { stringify } from "csv-stringify/sync";
import express, { type Request, type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { AppError, badInput } from "../../common/app-error";
import { spreadsheetSafe } from "../../common/csv/spreadsheet-safe";
import type { Services } from "../../graphql/context";
import { sendAppError } from "../../http/app-error-response";
import type { Logger } from "../../logging/logger";
import { hasRight } from "../accounts/rights";
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES } from "./audit-action";
import { nameEvents, type NamedObject } from "./audit-names";
import { audit, auditQuery, checkFilter, type AuditFilter } from "./audit.service";

const BATCH = 500;
const COLUMNS = [
  "seq",
  "at",
  "actor_id",
  "actor",
  "client_ip",
  "action",
  "object_type",
  "object_id",
  "object",
  "companies",
  "details",
  "hash",
];

const one = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

/** The audit screen's filter, from the address: ?actor=<id>&action=COMPANY_ERASE&type=COMPANY&object=<id>&from&to. */
function filterFrom(query: Request["query"]): AuditFilter {
  const actions = ([] as unknown[]).concat(query.action ?? []).map(String);
  const type = one(query.type);
  const date = (field: "from" | "to") => {
    const text = one(query[field]);
    const value = text === undefined ? null : new Date(text);
    if (value && Number.isNaN(value.getTime()))
      throw badInput("The date is not valid.", [
        { field, code: "NOT_A_DATE", message: "must be an ISO date and time" },
      ]);
    return value;
  };
  const unknown = actions.filter((a) => !(a in AUDIT_ACTIONS));
  if (unknown.length || (type && !(type in AUDIT_SUBJECT_TYPES))) {
    throw badInput("The audit log filter is not valid.", [
      { field: unknown.length ? "action" : "type", code: "INVALID_VALUE", message: "is not a known value" },
    ]);
  }
  return {
    actorId: one(query.actor) ?? null,
    actions: actions.map((a) => AUDIT_ACTIONS[a as keyof typeof AUDIT_ACTIONS]),
    subjectType: type ? AUDIT_SUBJECT_TYPES[type as keyof typeof AUDIT_SUBJECT_TYPES] : null,
    subjectId: one(query.object) ?? null,
    from: date("from"),
    to: date("to"),
  };
}

const nameOf = (o: NamedObject | null) => (o ? (o.name ?? (o.erased ? `erased ${o.type} ${o.id}` : "")) : "");

/**
 * GET /api/exports/audit.csv: the filtered audit log for administrators, oldest first, with names as they are now,
 * each entry's hash (so the file can be checked against the chain later), cells safe to open in a spreadsheet.
 * Written in batches; the download itself is audited.
 */
export function auditCsvRoute(
  dataSource: DataSource,
  services: Services,
  log: Logger,
  readSessionToken: (req: Request) => string | undefined,
): Router {
  const router = express.Router();
  router.get("/api/exports/audit.csv", async (req: Request, res: Response) => {
    try {
      const account = await services.sessions.resolve(readSessionToken(req));
      if (!account) throw new AppError("UNAUTHENTICATED", "Please sign in to download the audit log.");
      if (!hasRight(account, "MANAGE_ACCOUNTS"))
        throw new AppError("FORBIDDEN", "Only administrators may read the audit log.");
      const filter = filterFrom(req.query);
      const manager = dataSource.manager;
      checkFilter(filter); // before the first byte is sent
      res.type("text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="smi-audit-log.csv"`);
      res.setHeader("Cache-Control", "no-store");
      // The byte-order mark makes spreadsheet programs read ă, ș, ț as UTF-8.
      res.write(`\uFEFF${stringify([COLUMNS])}`);
      let rows = 0;
      let after = "0";
      for (;;) {
        const batch = await auditQuery(manager, filter)
          .andWhere("e.chain_seq > :after", { after })
          .orderBy("e.chain_seq", "ASC")
          .take(BATCH)
          .getMany();
        if (!batch.length) break;
        const named = await nameEvents(manager, batch);
        const records = named.map(({ event, actor, subject, companies }) => [
          event.chainSeq,
          event.createdAt.toISOString(),
          event.actorId ?? "",
          event.actorId ? nameOf(actor) : "system",
          event.actorIp ?? "",
          event.action,
          event.subjectType ?? "",
          event.subjectId ?? "",
          nameOf(subject),
          companies.map(nameOf).join("; "),
          JSON.stringify(event.details),
          event.hash.toString("hex"),
        ]);
        res.write(stringify(records.map((record) => record.map(spreadsheetSafe))));
        rows += batch.length;
        after = batch.at(-1)!.chainSeq;
        if (batch.length < BATCH) break;
      }
      res.end();
      await audit(manager, { ...account, ip: req.ip }, { action: "audit.export", details: { rows, filter } });
    } catch (error) {
      if (error instanceof AppError) return sendAppError(res, error);
      log.error({ err: error }, "audit log export failed");
      if (res.headersSent) res.destroy();
      else
        res.status(500).json({
          errors: [{ message: "The export failed.", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
        });
    }
  });
  return router;
}

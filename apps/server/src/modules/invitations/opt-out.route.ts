import express, { type Request, type Response, type Router } from "express";
import { AppError } from "../../common/app-error";
import type { Services } from "../../graphql/context";
import { sendAppError } from "../../http/app-error-response";
import type { Logger } from "../../logging/logger";

/**
 * POST /optout/<token>: the one-click opt-out of RFC 8058, sent by mail clients (with the body
 * "List-Unsubscribe=One-Click", which it does not need) and by the /optout/<token> page, whose GET the web app
 * serves: a GET never changes anything, so link scanners that follow it opt nobody out.
 */
export function optOutRoute(services: Services, log: Logger): Router {
  const router = express.Router();
  router.post("/optout/:token", async (req: Request, res: Response) => {
    try {
      const status = await services.respondents.optOut({
        token: String(req.params.token),
        clientIp: req.ip ?? "unknown",
      });
      res.status(200).json({ status });
    } catch (error) {
      if (error instanceof AppError) return sendAppError(res, error);
      log.error({ err: error }, "opt-out failed");
      res.status(500).json({
        errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
      });
    }
  });
  return router;
}

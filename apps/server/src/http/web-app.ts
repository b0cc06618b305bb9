import fs from "node:fs";
import path from "node:path";
import express, { type Router } from "express";

/**
 * Serves the built SPA: hashed assets with long caching, and index.html for every other GET so client-side routes
 * (/r/<token>, /research/...) survive a reload.
 */
export function webApp(distDir: string): Router {
  const router = express.Router();
  const indexHtml = path.join(distDir, "index.html");
  router.use("/assets", express.static(path.join(distDir, "assets"), { immutable: true, maxAge: "1y" }));
  router.use(express.static(distDir, { index: false, maxAge: "1h" }));
  router.get(/.*/, (_req, res) => {
    if (!fs.existsSync(indexHtml)) {
      res
        .status(503)
        .type("text/plain")
        .send(`The web app is not built (${indexHtml} is missing): run "pnpm build".`);
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexHtml);
  });
  return router;
}

import fs from "node:fs";
import path from "node:path";
import express, { type NextFunction, type Request, type Response, type Router } from "express";

/** Encodings the web build writes beside each file (apps/web/scripts/precompress-plugin.ts), best first. */
const PRECOMPRESSED = [
  { encoding: "br", extension: ".br" },
  { encoding: "gzip", extension: ".gz" },
] as const;

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Sends the build's `.br` or `.gz` copy of `file` when the client accepts one, so a request costs a file read, not
 * a compression. Returns false (nothing sent) when there is no such copy.
 */
function sendPrecompressed(req: Request, res: Response, next: NextFunction, file: string, cache: string) {
  // Our order, not the client's: browsers list "gzip, deflate, br" with equal weight, and brotli is smaller.
  const variant = PRECOMPRESSED.find((p) => req.acceptsEncodings(p.encoding) === p.encoding);
  if (!variant || !fs.existsSync(file + variant.extension)) return false;
  res.setHeader("Content-Encoding", variant.encoding);
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("Cache-Control", cache);
  res.type(path.extname(file));
  res.sendFile(file + variant.extension, { cacheControl: false }, (error) => error && next(error));
  return true;
}

/**
 * Serves the built SPA: hashed assets cached for a year, and index.html for every other GET so client-side routes
 * (/r/<token>, /research/...) survive a reload; precompressed copies wherever the build made one.
 */
export function webApp(distDir: string): Router {
  const router = express.Router();
  const assets = path.join(distDir, "assets");
  const indexHtml = path.join(distDir, "index.html");
  router.get("/assets/{*file}", (req, res, next) => {
    const file = path.join(assets, path.normalize(req.path.slice("/assets".length)));
    if (!file.startsWith(assets + path.sep) || !sendPrecompressed(req, res, next, file, IMMUTABLE)) next();
  });
  // A hashed file that is not there is a 404, never index.html: a stale page asking for an old chunk must fail.
  router.use("/assets", express.static(assets, { immutable: true, maxAge: "1y", fallthrough: false }));
  router.use(express.static(distDir, { index: false, maxAge: "1h" }));
  router.get(/.*/, (req, res, next) => {
    if (!fs.existsSync(indexHtml)) {
      res
        .status(503)
        .type("text/plain")
        .send(`The web app is not built (${indexHtml} is missing): run "pnpm build".`);
      return;
    }
    if (sendPrecompressed(req, res, next, indexHtml, "no-cache")) return;
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexHtml, { cacheControl: false }, (error) => error && next(error));
  });
  return router;
}

import type { RequestHandler } from "express";

// Nothing in the app uses these browser features; denying them stops injected or framed content from asking.
const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

export function securityHeaders({ https }: { https: boolean }): RequestHandler {
  return (_req, res, next) => {
    // The respondent's URL holds their token: never send it to other sites as a referrer.
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader(
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    // A window this app opens, or that opens it, gets no handle on the other (cross-window attacks, tabnabbing).
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    // Once served over HTTPS, browsers refuse plain HTTP to this host for a year (no downgrade, no cookie leak).
    if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import compression from "compression";
import express, { type ErrorRequestHandler } from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { Env } from "../config/env";
import type { Context } from "../graphql/context";
import { createFormatError } from "../graphql/format-error";
import { invalidTextPlugin } from "../graphql/invalid-text";
import { PersonalDataReads, personalDataAuditPlugin } from "../graphql/personal-data";
import { complexityLimitPlugin, operationLimitsRule } from "../graphql/query-limits";
import { createServices } from "../graphql/services";
import type { Logger } from "../logging/logger";
import { exportRoutes } from "../modules/analysis/exports/export.routes";
import { auditCsvRoute } from "../modules/audit/audit-csv.route";
import { frameDownload } from "../modules/companies/frame-download";
import { invitationListDownload } from "../modules/invitations/invitation-list-download";
import { csvDownloadRoute } from "./csv-download-route";
import { checkHealth } from "../modules/health/health.service";
import { optOutRoute } from "../modules/invitations/opt-out.route";
import { qualityThresholds } from "../modules/responses/response-browser/data-quality";
import { requestLog } from "./request-log";
import { securityHeaders } from "./security-headers";
import { jsonBodyBySession, resolveSession, sessionAccount } from "./graphql-body";
import { sessionCookieJar } from "./session-cookies";
import { webApp } from "./web-app";

export interface AppDeps {
  env: Env;
  log: Logger;
  dataSource: DataSource;
  schema: GraphQLSchema;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/** Body-parser failures (oversized or malformed JSON) answered in GraphQL's error shape, with a stable code. */
const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const type = (error as { type?: string }).type;
  if (type === "entity.too.large") {
    res.status(413).json({
      errors: [{ message: "The request body is too large.", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  } else if (type === "entity.parse.failed") {
    res.status(400).json({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
  } else {
    next(error);
  }
};

export async function createApp({ env, log, dataSource, schema }: AppDeps): Promise<App> {
  const app = express();
  app.disable("x-powered-by");
  // Whose X-Forwarded-For to believe for the client address (throttles): only the configured proxies'.
  app.set("trust proxy", env.TRUST_PROXY);
  const httpServer = http.createServer(app);
  // Node closes idle keep-alive sockets after 5 s; a client (browser, proxy, load balancer) that reuses one at that
  // moment gets ECONNRESET. Idle sockets therefore outlive the usual 60 s of proxies and clients.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // We stop in order ourselves (HTTP, then database) on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    // Off in production unless GRAPHQL_INTROSPECTION: the web app types itself from schema.graphql, not the server.
    introspection: env.GRAPHQL_INTROSPECTION,
    hideSchemaDetailsFromClientErrors: !env.GRAPHQL_INTROSPECTION, // no "Did you mean …" suggestions
    parseOptions: { maxTokens: env.GRAPHQL_MAX_TOKENS },
    allowBatchedHttpRequests: false, // Apollo 5's default, stated: one operation per request, as the limits assume
    validationRules: [
      operationLimitsRule({
        maxAliases: env.GRAPHQL_MAX_ALIASES,
        maxRootFields: env.GRAPHQL_MAX_ROOT_FIELDS,
      }),
    ],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      complexityLimitPlugin(schema),
      personalDataAuditPlugin,
      invalidTextPlugin,
    ],
  });
  await apollo.start();
  const services = createServices(dataSource, env, log);
  const cookies = sessionCookieJar(env.PUBLIC_URL);

  app.use(securityHeaders({ https: env.PUBLIC_URL.startsWith("https://") }));
  app.use(requestLog(log));
  // API answers and exports (the web app's files are compressed at build time). No secret travels in a response
  // body next to text an attacker chooses (sessions are HttpOnly cookies), so BREACH has nothing to recover.
  app.use(compression());
  app.get("/healthz", async (_req, res) => {
    const health = await checkHealth(dataSource);
    res.status(health.database === "up" ? 200 : 503).json(health);
  });
  app.use(
    "/graphql",
    resolveSession(services.sessions, cookies),
    jsonBodyBySession(env),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => ({
        dataSource,
        env,
        log,
        services,
        account: sessionAccount(res),
        cookies: cookies.on(res),
        clientIp: req.ip ?? "unknown",
        personalDataReads: new PersonalDataReads(),
      }),
    }),
  );
  app.use(optOutRoute(services, log));
  app.use(auditCsvRoute(dataSource, services, log, cookies.read));
  // Before the responses' /api/exports/:file, which would answer these names with "unknown export".
  app.use(csvDownloadRoute(frameDownload(services.companies), dataSource, services, log, cookies.read));
  app.use(
    csvDownloadRoute(invitationListDownload(services.invitations), dataSource, services, log, cookies.read),
  );
  app.use(exportRoutes(dataSource, services, log, cookies.read, qualityThresholds(env)));
  app.use(webApp(env.WEB_DIST_DIR));

  return { httpServer, apollo };
}

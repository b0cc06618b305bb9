# Production image: builds the workspace, then runs the API, which also serves the built web app.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build && pnpm --filter @smi/server deploy --legacy --prod /srv/server

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /srv/server
COPY --from=build /srv/server ./
COPY --from=build /app/apps/web/dist /srv/web
ENV WEB_DIST_DIR=/srv/web
USER node
EXPOSE 4000
CMD ["node", "--enable-source-maps", "dist/src/main.js"]

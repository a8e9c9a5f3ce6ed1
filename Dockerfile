# syntax=docker/dockerfile:1
# Every command below is one `npm test` (via .ci/run) also runs, or npm itself, except `apt-get install
# tini` (checked with `apt-get install -s tini` on the same Debian release): no Docker engine runs in CI.
# test/shutdown-image.test.ts runs the runtime stage's CMD and HEALTHCHECK from the build.

# Build stage: full install from the lockfile, compile TypeScript.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Runtime stage: production dependencies only, non-root, tini as PID 1 so SIGTERM reaches node and the
# gateway drains (SHUTDOWN_GRACE_MS) before exiting. GraphiQL and introspection are off (NODE_ENV).
FROM node:20.20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
# Liveness only: /ready (upstream reachable) is for the load balancer, not a reason to restart.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 CMD ["node", "dist/healthcheck.js"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]

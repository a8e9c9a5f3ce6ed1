# syntax=docker/dockerfile:1
# No Docker engine runs in CI, so every command below is one .ci/run also runs, on this NODE_VERSION: `npm ci`
# and the build (inside `npm test`), then the runtime stage's install, CMD and HEALTHCHECK
# (scripts/rehearse-image.sh). The exception, `apt-get install tini`, was checked with `apt-get install -s tini`
# on the same Debian release.

# The production runtime, Node 24 LTS. scripts/install-node.sh reads this line: CI tests this exact version.
ARG NODE_VERSION=24.22.3

# Build stage: full install from the lockfile, compile TypeScript.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Runtime stage: production dependencies only, non-root, tini as PID 1 so SIGTERM reaches node and the
# gateway drains (SHUTDOWN_GRACE_MS) before exiting. GraphiQL and introspection are off (NODE_ENV). npm's
# cache stays in the build cache mount, out of the image.
FROM node:${NODE_VERSION}-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY node-options.env ./
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
# Liveness only: /ready (upstream reachable) is for the load balancer, not a reason to restart.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 CMD ["node", "dist/healthcheck.js"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# Node's heap settings come from node-options.env, as for `npm start` and the bench.
CMD ["node", "--env-file=node-options.env", "dist/main.js"]

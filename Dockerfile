# The API image used by docker-compose.yml (Neo4j runs in its own container).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY . .
# npm ci runs `prepare`: codegen, TypeScript and the explorer build; then drop dev dependencies.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/seeds ./seeds
USER node
EXPOSE 4000
# The same runtime flags as `npm start` (package.json): a larger young generation, fewer GC pauses per request.
CMD ["node", "--max-semi-space-size=64", "dist/main.js"]

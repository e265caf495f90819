# quotegraph API image. `npm start` is the same command CI smoke-tests natively.
FROM node:20-bookworm-slim

WORKDIR /app

# Install first (cached while package*.json stay the same). The postinstall step generates the
# Prisma client and the GraphQL resolver types, so it needs the schema files.
COPY package.json package-lock.json codegen.yml prisma.config.ts ./
COPY scripts/prisma-generate.js ./scripts/
COPY prisma ./prisma
COPY src/schema ./src/schema
RUN npm ci && npm cache clean --force

COPY . .
# Without DATABASE_URL the embedded database lives in /app/.data: writable by the runtime user.
RUN mkdir -p /app/.data && chown node:node /app/.data

ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
EXPOSE 4000
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["npm", "start"]

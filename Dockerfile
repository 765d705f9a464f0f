# One image for the API (which also serves the built web app) and for the standalone web server.
FROM node:20-bookworm-slim
WORKDIR /app
RUN npm i -g pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @forum/web build
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "--import", "tsx", "apps/api/src/server.ts"]

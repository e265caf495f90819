/**
 * Offline GraphQL playground.
 *
 * Apollo Server 5's default landing page embeds a hosted app (needs the
 * internet), so we serve GraphiQL 4's prebuilt UMD bundle ourselves, together
 * with React 18's UMD builds, straight out of node_modules. The page loads
 * nothing from any external host.
 *
 * Globals used by the page (from the UMD builds):
 *   - `React`     (react/umd/react.production.min.js)
 *   - `ReactDOM`  (react-dom/umd/react-dom.production.min.js; `createRoot`)
 *   - `GraphiQL`  (graphiql/graphiql.min.js; the component, with
 *                  `GraphiQL.createFetcher({ url })` attached)
 *
 * The page has no inline script: the options are embedded as an inert
 * `<script type="application/json">` data block and read by a small boot
 * script served from the asset route, so the page works under a strict
 * Content-Security-Policy (`script-src 'self'`), which we also send.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import express from "express";

export interface PlaygroundOptions {
  /** URL the fetcher POSTs GraphQL requests to, e.g. "/graphql". */
  endpoint: string;
  /** Query shown in the editor on first visit (GraphiQL `defaultQuery`). */
  defaultQuery: string;
  /** Page title; defaults to "quotegraph — GraphQL playground". */
  title?: string;
}

export interface RenderPlaygroundOptions extends PlaygroundOptions {
  /**
   * Root-relative (or relative) URL prefix the assets are served under.
   * Defaults to "/playground/assets", i.e. the router mounted at the root.
   */
  assetsPath?: string;
}

export const DEFAULT_PLAYGROUND_TITLE = "quotegraph — GraphQL playground";
export const PLAYGROUND_PATH = "/playground";
export const PLAYGROUND_ASSETS_PATH = `${PLAYGROUND_PATH}/assets`;

/**
 * CSP for the playground page: everything from our own origin. Styles need
 * 'unsafe-inline' (GraphiQL/CodeMirror/Radix set inline styles); fonts and
 * a few images in graphiql.min.css are data: URIs.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "form-action 'self'",
].join("; ");

/** Boot script: reads the JSON config block and mounts GraphiQL. */
const BOOT_SCRIPT = `(function () {
  "use strict";
  var configEl = document.getElementById("playground-config");
  var config = JSON.parse(configEl.textContent || "{}");
  var fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      isHeadersEditorEnabled: true,
      // Users paste "Authorization: Bearer ..." here; keep it out of localStorage.
      shouldPersistHeaders: false,
    })
  );
})();
`;

interface Asset {
  /** URL file name under the assets path. */
  name: string;
  contentType: string;
  /** Cache-busting token appended as ?v=... */
  version: string;
  /** Absolute file path, or inline body. */
  file?: string;
  body?: string;
}

function packageDir(pkg: string): string {
  // Only "<pkg>/package.json" is reliably exported by these packages' "exports"
  // maps (graphiql, react and react-dom all block deep UMD paths), so resolve
  // that and join the file path. Works for hoisted or nested installs.
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

function packageVersion(pkg: string): string {
  const json = JSON.parse(
    fs.readFileSync(path.join(packageDir(pkg), "package.json"), "utf8"),
  ) as { version?: unknown };
  return typeof json.version === "string" ? json.version : "0";
}

function vendorAsset(pkg: string, relFile: string, name: string, contentType: string): Asset {
  const file = path.join(packageDir(pkg), relFile);
  if (!fs.existsSync(file)) {
    throw new Error(`playground: asset ${pkg}/${relFile} not found at ${file}`);
  }
  return { name, contentType, version: packageVersion(pkg), file };
}

const JS = "application/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

/** Assets in load order: CSS first, then React, ReactDOM, GraphiQL, boot. */
function loadAssets(): Asset[] {
  return [
    vendorAsset("graphiql", "graphiql.min.css", "graphiql.min.css", CSS),
    vendorAsset("react", "umd/react.production.min.js", "react.production.min.js", JS),
    vendorAsset("react-dom", "umd/react-dom.production.min.js", "react-dom.production.min.js", JS),
    vendorAsset("graphiql", "graphiql.min.js", "graphiql.min.js", JS),
    {
      name: "playground-boot.js",
      contentType: JS,
      version: createHash("sha256").update(BOOT_SCRIPT).digest("hex").slice(0, 12),
      body: BOOT_SCRIPT,
    },
  ];
}

/** Static list used for rendering (names + versions); resolved once. */
let assetCache: Asset[] | undefined;
function assets(): Asset[] {
  return (assetCache ??= loadAssets());
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * JSON for embedding inside a <script> element: no "<" / ">" / "&" survive
 * (so neither "</script>" nor "<!--" can appear) and the JS line separators
 * are escaped too. JSON.parse turns the \uXXXX escapes back into the text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Pure: the playground HTML page for the given options. */
export function renderPlaygroundHtml(options: RenderPlaygroundOptions): string {
  const title = options.title ?? DEFAULT_PLAYGROUND_TITLE;
  const base = (options.assetsPath ?? PLAYGROUND_ASSETS_PATH).replace(/\/+$/, "");
  const url = (a: Asset) => escapeHtml(`${base}/${a.name}?v=${encodeURIComponent(a.version)}`);
  const list = assets();
  const styles = list
    .filter((a) => a.name.endsWith(".css"))
    .map((a) => `    <link rel="stylesheet" href="${url(a)}" />`)
    .join("\n");
  const scripts = list
    .filter((a) => a.name.endsWith(".js"))
    .map((a) => `    <script src="${url(a)}"></script>`)
    .join("\n");
  const config = jsonForScript({ endpoint: options.endpoint, defaultQuery: options.defaultQuery });

  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
${styles}
    <style>
      html, body { height: 100%; margin: 0; overflow: hidden; }
      #graphiql { height: 100vh; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading GraphQL playground…</div>
    <script id="playground-config" type="application/json">${config}</script>
${scripts}
  </body>
</html>
`;
}

/**
 * Request handler that sends the playground page (with its CSP). Use it for
 * `GET /graphql` together with `wantsPlayground`. Pass `assetsPath` if the
 * playground router is not mounted at the app root.
 */
export function playgroundPageHandler(options: RenderPlaygroundOptions): express.RequestHandler {
  return (_req, res) => {
    res
      .status(200)
      .set({
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-cache",
        "Content-Security-Policy": PLAYGROUND_CSP,
        "X-Content-Type-Options": "nosniff",
      })
      .send(renderPlaygroundHtml(options));
  };
}

/**
 * Router serving `GET /playground` (the page) and
 * `GET /playground/assets/<name>` for an explicit allow-list of files.
 */
export function playgroundRouter(options: PlaygroundOptions): express.Router {
  const router = express.Router();
  const byName = new Map(assets().map((a) => [a.name, a] as const));

  router.get(PLAYGROUND_PATH, (req, res, next) =>
    playgroundPageHandler({ ...options, assetsPath: `${req.baseUrl}${PLAYGROUND_ASSETS_PATH}` })(
      req,
      res,
      next,
    ),
  );

  router.get(`${PLAYGROUND_ASSETS_PATH}/:name`, (req, res, next) => {
    const name = req.params.name;
    const asset = typeof name === "string" ? byName.get(name) : undefined;
    if (!asset) {
      next(); // falls through to the app's 404
      return;
    }
    res.set({
      "Content-Type": asset.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    });
    if (asset.body !== undefined) {
      res.status(200).send(asset.body);
      return;
    }
    // Absolute path from the allow-list; no user input reaches the file system
    // ("allow" only because the install path itself may contain a dot-directory).
    res.sendFile(asset.file!, { dotfiles: "allow", cacheControl: false }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });

  return router;
}

/**
 * Content negotiation for `GET /graphql`: true for a browser navigation —
 * a GET/HEAD whose Accept prefers text/html (browsers send
 * "text/html,...,*\/*;q=0.8") and that carries no `query` (or persisted-query
 * `extensions`) parameter. curl ("*\/*"), GraphQL clients (JSON accepts),
 * `GET /graphql?query=...` and all POSTs go to Apollo.
 */
export function wantsPlayground(req: express.Request): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const q = req.query as Record<string, unknown> | undefined;
  if (q && (q.query !== undefined || q.extensions !== undefined)) return false;
  const accept = req.headers.accept;
  if (!accept || !/\btext\/html\b/i.test(accept)) return false;
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { playgroundRouter, renderPlaygroundHtml, wantsPlayground } from "../src/http/playground";

const DEFAULT_QUERY = `query Quotes {\n  quotes(first: 5) { edges { node { text } } }\n}`;

let server: http.Server;
let base: string;
let port: number;

beforeAll(async () => {
  const app = express();
  app.use(playgroundRouter({ endpoint: "/graphql", defaultQuery: DEFAULT_QUERY }));
  // Echo wantsPlayground's verdict so it is tested on real express requests.
  app.all("/graphql", (req, res) => {
    res.json({ playground: wantsPlayground(req) });
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Raw GET that does not normalise "..": fetch/URL would collapse them client-side. */
function rawGet(pathname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Every src/href on script and link tags. */
function allUrls(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, "&"),
  );
}

/** The ones the browser fetches (the favicon is an inline "data:," to stop a /favicon.ico 404). */
function assetUrls(html: string): string[] {
  return allUrls(html).filter((u) => !u.startsWith("data:"));
}

/** The JSON config block as the browser would parse it. */
function embeddedConfig(html: string): { endpoint: string; defaultQuery: string } {
  const m = /<script id="playground-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!);
}

describe("GET /playground", () => {
  it("serves the GraphiQL page with the default query embedded", async () => {
    const res = await fetch(`${base}/playground`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).toContain("<title>quotegraph — GraphQL playground</title>");
    expect(embeddedConfig(html)).toEqual({ endpoint: "/graphql", defaultQuery: DEFAULT_QUERY });
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("references only local assets, and every one is served with a JS/CSS type", async () => {
    const html = await (await fetch(`${base}/playground`)).text();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/src="\/\/|href="\/\//); // no protocol-relative URLs either
    expect(allUrls(html).filter((u) => u.startsWith("data:"))).toEqual(["data:,"]);
    const urls = assetUrls(html);
    expect(urls.map((u) => u.replace(/\?.*$/, "").split("/").pop()).sort()).toEqual([
      "graphiql.min.css",
      "graphiql.min.js",
      "playground-boot.js",
      "react-dom.production.min.js",
      "react.production.min.js",
    ]);
    for (const u of urls) {
      expect(u.startsWith("/playground/assets/")).toBe(true);
      const res = await fetch(`${base}${u}`);
      expect(res.status).toBe(200);
      const type = res.headers.get("content-type") ?? "";
      if (u.includes(".css")) expect(type).toMatch(/^text\/css/);
      else expect(type).toMatch(/^(application|text)\/javascript/);
      expect(res.headers.get("cache-control")).toMatch(/max-age=\d{6,}/);
      const body = await res.text();
      expect(body.length).toBeGreaterThan(100);
    }
  });

  it("serves the real UMD bundles (React, ReactDOM, GraphiQL globals)", async () => {
    const html = await (await fetch(`${base}/playground`)).text();
    const get = async (name: string) =>
      (await fetch(`${base}${assetUrls(html).find((u) => u.includes(`/${name}?`))!}`)).text();
    expect(await get("graphiql.min.js")).toContain(".GraphiQL=");
    expect(await get("graphiql.min.js")).toContain("createFetcher");
    expect(await get("react-dom.production.min.js")).toContain("createRoot");
    const boot = await get("playground-boot.js");
    expect(boot).toContain("GraphiQL.createFetcher");
    expect(boot).toContain("isHeadersEditorEnabled: true");
  });

  it("404s anything outside the allow-list, including path traversal", async () => {
    expect(await rawGet("/playground/assets/../../package.json")).toBe(404);
    expect(await rawGet("/playground/assets/..%2F..%2Fpackage.json")).toBe(404);
    expect(await rawGet("/playground/assets/%2e%2e%2f%2e%2e%2fpackage.json")).toBe(404);
    expect(await rawGet("/playground/assets/")).toBe(404);
    expect(await rawGet("/playground/assets/index.js")).toBe(404);
    expect(await rawGet("/playground/assets/graphiql.js.map")).toBe(404);
    expect((await fetch(`${base}/playground/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });
});

describe("renderPlaygroundHtml", () => {
  it("escapes a query containing </script> so it cannot break out", () => {
    const evil = `{ a } # </script><script>alert(1)</script> <!-- & \u2028`;
    const html = renderPlaygroundHtml({ endpoint: "/graphql", defaultQuery: evil });
    // Only the config block's own closing tag plus the script tags for the assets.
    const scriptOpens = html.match(/<script\b/gi)!.length;
    const scriptCloses = html.match(/<\/script/gi)!.length;
    expect(scriptCloses).toBe(scriptOpens);
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<!--");
    expect(embeddedConfig(html).defaultQuery).toBe(evil);
  });

  it("escapes the title and endpoint, and defaults the title", () => {
    const html = renderPlaygroundHtml({
      endpoint: '/graphql"</script>',
      defaultQuery: "{ a }",
      title: "<b>x</b> & y",
    });
    expect(html).toContain("<title>&lt;b&gt;x&lt;/b&gt; &amp; y</title>");
    expect(embeddedConfig(html).endpoint).toBe('/graphql"</script>');
    expect(renderPlaygroundHtml({ endpoint: "/g", defaultQuery: "" })).toContain(
      "<title>quotegraph — GraphQL playground</title>",
    );
  });

  it("honours assetsPath", () => {
    const html = renderPlaygroundHtml({ endpoint: "/g", defaultQuery: "", assetsPath: "/api/playground/assets/" });
    for (const u of assetUrls(html)) expect(u.startsWith("/api/playground/assets/")).toBe(true);
  });
});

describe("wantsPlayground", () => {
  const BROWSER =
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
  const ask = async (path: string, init: RequestInit = {}) =>
    ((await (await fetch(`${base}${path}`, init)).json()) as { playground: boolean }).playground;

  it("is true for a browser navigation to GET /graphql", async () => {
    expect(await ask("/graphql", { headers: { accept: BROWSER } })).toBe(true);
    expect(await ask("/graphql", { headers: { accept: "text/html" } })).toBe(true);
  });

  it("is false for queries, POSTs and non-browser clients", async () => {
    expect(await ask("/graphql?query=%7B__typename%7D", { headers: { accept: BROWSER } })).toBe(false);
    expect(await ask("/graphql?query=", { headers: { accept: BROWSER } })).toBe(false);
    expect(
      await ask("/graphql?extensions=%7B%7D", { headers: { accept: BROWSER } }),
    ).toBe(false);
    expect(
      await ask("/graphql", {
        method: "POST",
        headers: { accept: BROWSER, "content-type": "application/json" },
        body: JSON.stringify({ query: "{__typename}" }),
      }),
    ).toBe(false);
    expect(await ask("/graphql", { headers: { accept: "*/*" } })).toBe(false);
    expect(await ask("/graphql", { headers: { accept: "application/json" } })).toBe(false);
    expect(
      await ask("/graphql", { headers: { accept: "application/graphql-response+json, application/json" } }),
    ).toBe(false);
    expect(await ask("/graphql", { headers: { accept: "application/json, text/html;q=0.5" } })).toBe(false);
    expect(await ask("/graphql", { headers: { accept: "text/html;q=0" } })).toBe(false);
  });
});

import { Router } from "express";

/** Result of a readiness check: ready, or why not. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * `GET /healthz`: the process is alive and serving (no I/O).
 * `GET /readyz`: the database answers and every migration is applied; 503 with the reason if not.
 */
export function healthRouter(checkReady: () => Promise<Readiness>): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    let result: Readiness;
    try {
      result = await checkReady();
    } catch (error) {
      result = { ready: false, reason: `database unreachable: ${(error as Error).message}` };
    }
    if (result.ready) res.json({ status: "ready" });
    else res.status(503).json({ status: "unavailable", reason: result.reason });
  });
  return router;
}

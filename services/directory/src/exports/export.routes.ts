import { once } from 'node:events';
import type { Express } from 'express';
import type { TokenVerifier } from '@kizuna/auth';
import type { Logger } from '@kizuna/subgraph';
import { parseExportRequest, type MemberExportService } from './member-export';
import { directoryAdminOf } from './request-viewer';

/**
 * `GET /exports/members.csv?filter=<DirectoryFilter JSON>&sort=<DirectorySort>&headers=en|ja`
 * with the caller's bearer token: the member export for admins who manage members (others: 403),
 * streamed. Bad parameters answer 400 with `{ errors: [{ code, field, message }] }`.
 */
export function exportRoutes(app: Express, exports: MemberExportService, verifier: TokenVerifier, log: Logger): void {
  app.get('/exports/members.csv', async (req, res) => {
    try {
      const viewer = await directoryAdminOf(verifier, req, res);
      if (!viewer) return;
      const request = parseExportRequest(req.query);
      if (!request.ok) {
        res.status(400).json({ errors: request.errors });
        return;
      }
      const prepared = await exports.prepare(viewer, request.value);
      if (!prepared.ok) {
        res.status(prepared.errors.some((error) => error.code === 'FORBIDDEN') ? 403 : 400).json({ errors: prepared.errors });
        return;
      }
      const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="members-${day}.csv"`);
      res.setHeader('cache-control', 'no-store');
      let gone = false;
      res.on('close', () => {
        gone = !res.writableFinished;
      });
      const rows = await prepared.value({
        async write(chunk) {
          if (!res.write(chunk) && !gone) await Promise.race([once(res, 'drain'), once(res, 'close')]);
        },
        aborted: () => gone || res.destroyed,
      });
      res.end();
      req.log?.info({ rows, networkId: viewer.networkId }, 'members exported');
    } catch (error) {
      log.error({ err: error }, 'member export failed');
      if (!res.headersSent) res.status(500).json({ errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }] });
      else res.destroy(error as Error);
    }
  });
}

import express, { type Express } from 'express';
import type { TokenVerifier } from '@kizuna/auth';
import type { Logger } from '@kizuna/subgraph';
import { directoryAdminOf } from '../exports/request-viewer';
import { ROSTER_MAX_BYTES } from './roster-file';
import type { RosterImportService } from './roster-import.service';

/**
 * `POST /imports/roster?fileName=…` with the file as the body (any content type): the upload step
 * of the import wizard. GraphQL requests are limited to 1 MB, and a roster of 100,000 people is
 * several; a plain body also spares the base64. Answers like the startRosterImport mutation:
 * `{ rosterImport: { id, … }, encoding, errors }` (400 with `errors` when the file is refused).
 */
export function rosterUploadRoutes(app: Express, imports: RosterImportService, verifier: TokenVerifier, log: Logger): void {
  app.post('/imports/roster', express.raw({ type: () => true, limit: ROSTER_MAX_BYTES }), async (req, res) => {
    try {
      const viewer = await directoryAdminOf(verifier, req, res);
      if (!viewer) return;
      const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : '';
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await imports.upload(viewer, fileName, body);
      if (!result.ok) {
        res.status(400).json({ rosterImport: null, errors: result.errors });
        return;
      }
      const { rosterImport, encoding } = result.value;
      res.json({
        rosterImport: { id: rosterImport.id, fileName: rosterImport.fileName, totalRows: rosterImport.totalRows, status: rosterImport.status },
        encoding,
        errors: [],
      });
    } catch (error) {
      log.error({ err: error }, 'roster upload failed');
      if (!res.headersSent) res.status(500).json({ errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }] });
    }
  });
  // A body over the limit: the same shape of answer as any other refused file.
  app.use('/imports/roster', ((error, _req, res, next) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res
      .status(413)
      .json({ rosterImport: null, errors: [{ code: 'VALIDATION', field: 'file', message: 'The file is larger than 20 MB: split it into smaller files.' }] });
  }) as express.ErrorRequestHandler);
}

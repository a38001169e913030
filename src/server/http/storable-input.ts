import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findUnstorable, hasUnstorable, repairStrings } from '../../shared/storable-text.js';
import { AppError } from '../common/app-error.js';

/**
 * The one check for text the database cannot store (U+0000, unpaired surrogates), run on every
 * request after parsing and before validation, so no route, filter or export meets such text:
 *
 * - The API (`/api/…`): path parameters, query string and body are searched, and the first bad
 *   string answers 400 VALIDATION_FAILED naming it (`querystring.segment`, `body.answers.why`). A body
 *   that is a JSON array is a batch: its entries are checked one by one by the route (see
 *   `checkEntries` in `features/feedback/batch-entries.ts` and `upsertContacts`), so a bad entry
 *   is reported with its index and skipped while the good ones are stored.
 * - The HTML pages (`/s/…`, `/l/…`, `/u/…`), filled in by a person: the text is repaired instead
 *   (a NUL dropped, an unpaired surrogate made U+FFFD, as a browser's own UTF-8 encoder does), so
 *   an answer is never lost to a character nobody can see.
 *
 * Text is not Unicode-normalised: it is stored as sent (NFC and NFD of the same words stay
 * distinct), because identifiers such as external ids and widget user ids are signed and
 * matched by the customer's own systems byte for byte.
 */
export function registerStorableInput(app: FastifyInstance): void {
  app.addHook('preValidation', (req, _reply, done) => {
    if (!req.url.startsWith('/api/')) {
      repairPage(req);
      return done();
    }
    const body = Array.isArray(req.body) ? null : req.body;
    // The common case asks only whether (hasUnstorable, no allocation); the field is named when one is bad.
    if (!hasUnstorable(req.params) && !hasUnstorable(req.query) && !hasUnstorable(body)) return done();
    const bad =
      findUnstorable(req.params, 'params') ??
      findUnstorable(req.query, 'querystring') ??
      findUnstorable(body, 'body');
    if (!bad) return done();
    done(new AppError('VALIDATION_FAILED', `${bad.field}: ${bad.message}`, [bad]));
  });
}

function repairPage(req: FastifyRequest): void {
  if (hasUnstorable(req.query)) req.query = repairStrings(req.query);
  if (hasUnstorable(req.params)) req.params = repairStrings(req.params);
  if (hasUnstorable(req.body)) req.body = repairStrings(req.body);
}

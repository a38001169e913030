import type { TImportDetail } from '../../src/shared/contracts/imports.js';
import type { Caller, TestApp } from './build-test-app.js';

/** Uploads a CSV body as `POST /api/v1/imports` does for the dashboard. */
export function uploadCsv(
  t: TestApp,
  kind: 'contacts' | 'feedback',
  csv: string,
  filename: string,
  as: Caller,
) {
  return t.request({
    method: 'POST',
    url: `/api/v1/imports?kind=${kind}&filename=${encodeURIComponent(filename)}`,
    headers: { 'content-type': 'text/csv' },
    payload: csv,
    as,
  });
}

/** Polls an import until its run has finished (done, or failed with a finish time). */
export async function waitImportDone(t: TestApp, id: string, as: Caller): Promise<TImportDetail> {
  const start = Date.now();
  for (;;) {
    const res = await t.request({ method: 'GET', url: `/api/v1/imports/${id}`, as });
    const body = res.json() as TImportDetail;
    if (body.status === 'done' || (body.status === 'failed' && body.finishedAt)) return body;
    if (Date.now() - start > 30_000) throw new Error(`import ${id} still ${body.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

import { useMutation } from '@tanstack/react-query';
import type { TImportKind, TUploadImportResponse } from '../../shared/contracts/imports.js';
import { request } from './http.js';

/** POST /api/v1/imports?kind=contacts|feedback — the file itself as the body; the server streams it to storage. */
export function useUploadImport() {
  return useMutation({
    // The wizard shows the error next to its button.
    meta: { silent: true },
    mutationFn: ({ file, kind }: { file: File; kind: TImportKind }) =>
      request<TUploadImportResponse>('POST', '/api/v1/imports', {
        query: { kind, filename: file.name },
        raw: { data: file, contentType: 'text/csv' },
      }),
  });
}

import type { MeasurementMapping } from '@kurs/core';
import { apiPath, ApiError, apiRequest, toApiError } from '../../shared/api/api.client';
import type { MeasurementImportReport } from './kpis.types';

export interface UploadOptions {
  /** Without one, the server guesses the mapping from the file's header and returns it. */
  mapping?: MeasurementMapping;
  dryRun: boolean;
  /** The share of the file sent so far, 0–1. */
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a measurement file to the import endpoint. This is XMLHttpRequest rather than fetch
 * because only it reports upload progress, which a file of many megabytes needs.
 */
export async function uploadMeasurementFile(ws: string, plan: string, file: Blob, options: UploadOptions): Promise<MeasurementImportReport> {
  // A write with the session cookie carries the session's CSRF token; this request is not made through apiRequest, so it asks for it.
  const { csrf_token: csrf } = (await apiRequest<{ csrf_token: string }>(apiPath('auth', 'session'), { signal: options.signal })).data;
  const query = new URLSearchParams({ dry_run: String(options.dryRun) });
  if (options.mapping) query.set('mapping', JSON.stringify(options.mapping));
  const url = `${apiPath('workspaces', ws, 'plans', plan, 'measurements', 'import')}?${query}`;

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? 'text/plain' },
      });
      if (xhr.status >= 200 && xhr.status < 300) resolve(response.json() as Promise<MeasurementImportReport>);
      else void toApiError(response).then(reject);
    };
    xhr.onerror = () => reject(new ApiError(0, 'Network error'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

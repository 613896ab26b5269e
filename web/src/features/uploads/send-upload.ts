import { csrfHeader, notifySessionExpired } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { ChosenFile } from './bundle-selection';
import type { Profile, UploadAccepted } from './upload-model';

export interface SendOptions {
  slug: string;
  files: readonly ChosenFile[];
  dryRun: boolean;
  profile: Profile;
  onProgress: (sent: number, total: number) => void;
}

export interface Sending {
  done: Promise<UploadAccepted>;
  abort: () => void;
}

/** Raised when the person stopped the transfer: not an error to show as one. */
export class SendAborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'SendAborted';
  }
}

/**
 * POSTs the bundle with XMLHttpRequest rather than fetch: only XHR reports the bytes sent, which is
 * what the transfer's progress bar shows (a bundle can be hundreds of megabytes).
 */
export function sendUpload(o: SendOptions): Sending {
  const form = new FormData();
  for (const f of o.files) form.append(f.part, f.file, f.file.name);
  const query = new URLSearchParams({ tenant: o.slug, profile: o.profile });
  if (o.dryRun) query.set('dryRun', 'true');
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadAccepted>((resolve, reject) => {
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) o.onProgress(e.loaded, e.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status === 202 || xhr.status === 200) return resolve(body as UploadAccepted);
      // Any admin call answering 401 tells the session that it ended (it shows the sign-in page).
      if (xhr.status === 401) notifySessionExpired();
      reject(ApiError.fromBody(xhr.status, body));
    };
    xhr.onerror = () => reject(ApiError.network());
    xhr.onabort = () => reject(new SendAborted());
  });
  xhr.open('POST', `/api/v1/uploads?${query.toString()}`);
  xhr.withCredentials = true;
  for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.send(form);
  return { done, abort: () => xhr.abort() };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

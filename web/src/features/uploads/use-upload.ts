import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { eventsUrl, isActive, uploadKeys, type UploadReport, type UploadView } from './upload-model';

export function fetchUpload(slug: string, id: string): Promise<UploadView> {
  return call(api.GET('/api/v1/uploads/{id}', { params: { path: { id }, query: { tenant: slug } } }));
}

/**
 * One upload, followed live while it runs: the server's event stream writes each new state into
 * the query's cache; if the stream cannot be opened or breaks, the status is polled every second.
 */
export function useUpload(slug: string, id: string | null, initial?: UploadView) {
  const qc = useQueryClient();
  const [streamBroken, setStreamBroken] = useState(false);
  const query = useQuery({
    queryKey: uploadKeys.one(slug, id ?? ''),
    queryFn: () => fetchUpload(slug, id!),
    enabled: id !== null,
    initialData: initial,
    refetchInterval: (q) => (streamBroken && isActive(q.state.data?.status) ? 1000 : false),
  });
  const active = isActive(query.data?.status);

  useEffect(() => {
    if (!id || !active || streamBroken) return;
    if (typeof EventSource === 'undefined') {
      setStreamBroken(true);
      return;
    }
    const source = new EventSource(eventsUrl(slug, id), { withCredentials: true });
    const take = (e: Event) => {
      try {
        const data = (e as MessageEvent<string>).data;
        qc.setQueryData(uploadKeys.one(slug, id), JSON.parse(data) as UploadView);
      } catch {
        // A garbled event: the next one, or the final state, will do.
      }
    };
    source.addEventListener('progress', take);
    source.addEventListener('done', (e) => {
      take(e);
      source.close();
      // The report and the history now have the final state.
      void qc.invalidateQueries({ queryKey: uploadKeys.report(slug, id) });
      void qc.invalidateQueries({ queryKey: [...uploadKeys.all(slug), 'list'] });
    });
    source.onerror = () => {
      source.close();
      setStreamBroken(true);
    };
    return () => source.close();
  }, [slug, id, active, streamBroken, qc]);

  return { ...query, polling: streamBroken && active };
}

/** The full validation report of a finished upload (every issue, grouped counts). */
export function useUploadReport(slug: string, id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: uploadKeys.report(slug, id ?? ''),
    queryFn: (): Promise<UploadReport> =>
      call(
        api.GET('/api/v1/uploads/{id}/report', {
          params: { path: { id: id! }, query: { tenant: slug, format: 'json' } },
        }),
      ),
    enabled: enabled && id !== null,
    staleTime: Infinity,
  });
}

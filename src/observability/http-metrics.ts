import type { FastifyInstance } from 'fastify';
import { httpDuration, httpRequests, UNMATCHED_ROUTE } from './metrics.js';

/**
 * Counts and times every response by route template (`/users/:sourcedId`, never the path: ids and
 * tenants stay out of label values, so the series stay few). Register on the root instance before
 * the routes, so every route and the not-found answers are covered.
 */
export function registerHttpMetrics(app: FastifyInstance): void {
  app.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url ?? UNMATCHED_ROUTE;
    const method = req.method;
    httpRequests.inc({ method, route, status: String(reply.statusCode) });
    httpDuration.observe({ method, route }, reply.elapsedTime / 1000);
    done();
  });
}

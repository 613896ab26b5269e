import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { generateBundle } from '../../generate/index.js';
import type { Guard } from './guard.js';
import { responses } from './schemas.js';

const SampleQuery = Type.Object(
  {
    students: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 200 })),
    schools: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 2 })),
    seed: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9-]{1,32}$', default: '1' })),
  },
  { additionalProperties: false },
);

/**
 * A generated, valid Japan Profile bundle to try RosterHub with (the same as `rosterhub generate`):
 * fictional names and school codes only. Sizes are capped so this stays a sample (200 students
 * generate in well under a second).
 */
export function sampleRoutes(app: FastifyInstance, o: { guard: Guard }, done: (err?: Error) => void): void {
  app.get<{ Querystring: Static<typeof SampleQuery> }>(
    '/sample-bundle.zip',
    {
      preValidation: o.guard(null),
      schema: {
        summary: 'Download a generated sample bundle (fictional data) to try an upload',
        tags: ['admin: uploads'],
        querystring: SampleQuery,
        produces: ['application/zip'],
        response: responses({ 200: Type.String({ format: 'binary' }) }),
      },
    },
    async (request, reply) => {
      const dir = await mkdtemp(join(tmpdir(), 'rh-sample-'));
      try {
        const out = join(dir, 'sample.zip');
        await generateBundle({
          out,
          students: request.query.students ?? 200,
          schools: request.query.schools ?? 2,
          seed: request.query.seed ?? '1',
        });
        const bytes = await readFile(out);
        return reply
          .type('application/zip')
          .header('Content-Disposition', 'attachment; filename="rosterhub-sample.zip"')
          .send(bytes);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
  done();
}

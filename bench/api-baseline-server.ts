/**
 * The benchmark's baseline: a plain Fastify + pg handler that selects the same page of users and
 * serializes it with JSON.stringify. No auth, no cache, no presentation rules: the floor to beat.
 */
import Fastify from 'fastify';
import pg from 'pg';

const env = process.env;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
const tenantId = env.BENCH_TENANT_ID;
const app = Fastify();

app.get('/health', () => ({ status: 'ok' }));
app.get('/users', async (req, reply) => {
  const limit = Number((req.query as { limit?: string }).limit ?? 100);
  const r = await pool.query('SELECT * FROM users WHERE tenant_id = $1 ORDER BY sourced_id LIMIT $2', [
    tenantId,
    limit,
  ]);
  return reply.type('application/json').send(JSON.stringify({ users: r.rows }));
});

process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0)),
);
await app.listen({ port: Number(env.PORT), host: '127.0.0.1' });

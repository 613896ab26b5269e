import { readFileSync } from 'node:fs';
import { Histogram } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registry } from '../../src/observability/metrics.js';

/**
 * The dashboard and the alert rules under deploy/observability query only metrics this code
 * registers (or Prometheus's own `up`): a renamed metric must not leave a dashboard blank or an
 * alert silently never firing.
 */

const DIR = new URL('../../deploy/observability/', import.meta.url);
/** Series Prometheus itself writes for every target. */
const PROMETHEUS_SERIES = new Set(['up']);
const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);
const HISTOGRAM_SUFFIX = /_(bucket|sum|count)$/;

/** Metric names an expression selects: not functions, label names, strings, durations or keywords. */
export function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\$\{?\w+\}?/g, ' ');
  const names = [...bare.matchAll(/(?<![\w.:])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\w:])(?!\s*\()/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(names.filter((n) => !KEYWORDS.has(n.toLowerCase())))];
}

/** The registered metric a series name belongs to (histogram series carry a suffix), or null. */
function registeredAs(name: string): string | null {
  if (registry.getSingleMetric(name)) return name;
  const base = name.replace(HISTOGRAM_SUFFIX, '');
  return base !== name && registry.getSingleMetric(base) instanceof Histogram ? base : null;
}

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string };
  annotations: { summary: string };
}

function alertRules(): Rule[] {
  const doc = parse(readFileSync(new URL('prometheus-alerts.yml', DIR), 'utf8')) as {
    groups: { name: string; rules: Rule[] }[];
  };
  return doc.groups.flatMap((g) => g.rules);
}

interface Panel {
  title?: string;
  targets?: { expr?: string }[];
  panels?: Panel[];
}

function dashboardExprs(): { panel: string; expr: string }[] {
  const doc = JSON.parse(readFileSync(new URL('grafana-dashboard.json', DIR), 'utf8')) as {
    uid: string;
    panels: Panel[];
  };
  expect(doc.uid).toBeTruthy();
  const walk = (panels: Panel[]): { panel: string; expr: string }[] =>
    panels.flatMap((p) => [
      ...(p.targets ?? []).map((t) => ({ panel: p.title ?? '', expr: t.expr ?? '' })),
      ...walk(p.panels ?? []),
    ]);
  return walk(doc.panels);
}

describe('deploy/observability', () => {
  it('extracts metric names from PromQL, leaving out functions, labels and keywords', () => {
    expect(
      metricNames(
        'histogram_quantile(0.95, sum by (le, route) (rate(a_seconds_bucket{route=~"/ims/.*", x="y"}[5m]))) ' +
          '/ on (instance) group_left(pool) b_total offset 1h > bool 1e-3 and up',
      ).sort(),
    ).toEqual(['a_seconds_bucket', 'b_total', 'up']);
    expect(metricNames('min by (dependency) (rosterhub_ready) == 0')).toEqual(['rosterhub_ready']);
  });

  it('has alert rules for errors, latency, failed imports, queue backlog and readiness, each complete', () => {
    const rules = alertRules();
    for (const r of rules) {
      expect(r.alert, JSON.stringify(r)).toMatch(/^RosterHub[A-Za-z]+$/);
      expect(r.expr.trim(), r.alert).not.toBe('');
      expect(['critical', 'warning', 'info'], r.alert).toContain(r.labels.severity);
      expect(r.annotations.summary, r.alert).toBeTruthy();
      if (r.for) expect(r.for, r.alert).toMatch(/^\d+[smh]$/);
    }
    const used = new Set(rules.flatMap((r) => metricNames(r.expr)));
    for (const name of [
      'rosterhub_http_requests_total',
      'rosterhub_http_request_duration_seconds_bucket',
      'rosterhub_import_jobs_total',
      'rosterhub_queue_oldest_waiting_seconds',
      'rosterhub_ready',
      'up',
    ])
      expect(used, name).toContain(name);
  });

  it('queries, in every alert and dashboard panel, only metrics RosterHub registers', () => {
    const exprs = [
      ...alertRules().map((r) => ({ where: `alert ${r.alert}`, expr: r.expr })),
      ...dashboardExprs().map((p) => ({ where: `panel ${p.panel}`, expr: p.expr })),
    ];
    expect(exprs.length).toBeGreaterThan(20);
    const unknown: string[] = [];
    const found = new Set<string>();
    for (const { where, expr } of exprs) {
      const names = metricNames(expr);
      expect(names.length, `${where}: ${expr}`).toBeGreaterThan(0);
      for (const name of names) {
        if (PROMETHEUS_SERIES.has(name)) continue;
        const metric = registeredAs(name);
        if (metric) found.add(metric);
        else unknown.push(`${where}: ${name}`);
      }
    }
    expect(unknown).toEqual([]);
    // Every metric of ours appears on the dashboard or in an alert.
    const ours = registry
      .getMetricsAsArray()
      .map((m) => m.name)
      .filter((n) => n.startsWith('rosterhub_'));
    expect(ours.filter((n) => !found.has(n))).toEqual([]);
  });
});

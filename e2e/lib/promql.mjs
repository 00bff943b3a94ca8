// What a PromQL expression reads: the metric names in it (deploy/monitoring's rules and
// dashboard are held to what city-node and city-gateway export).

const KEYWORDS = new Set(['increase', 'rate', 'changes', 'ignoring', 'on', 'unless', 'and', 'or', 'by', 'without',
  'sum', 'max', 'min', 'avg', 'count', 'offset', 'histogram_quantile', 'time', 'timestamp', 'absent', 'count_over_time']);

/** The metric names `expr` reads. */
export function metricsIn (expr) {
  const names = expr.replace(/"[^"]*"/g, '').replace(/\{[^}]*\}/g, '').replace(/\[[^\]]*\]/g, '')
    .replace(/\b(ignoring|on|by|without)\s*\([^)]*\)/g, '')
    .match(/[a-zA-Z_:][a-zA-Z0-9_:]*/g) ?? [];
  return [...new Set(names.filter((name) => !KEYWORDS.has(name)))];
}

/** The expressions of an alert rules file's text (`expr: ...` lines). */
export function ruleExprs (yamlText) {
  return [...yamlText.matchAll(/^\s*expr:\s*(.+)$/gm)].map(([, expr]) => expr.trim());
}

// What an operator installs, checked without a node: the monitoring configuration
// (deploy/monitoring: Prometheus's scrape configuration, the alert rules and their unit tests,
// with Debian's promtool; the Grafana dashboard's queries), and the systemd units of the
// validator, the RPC node and the gateway (`systemd-analyze verify`, and every flag their
// ExecStart passes is one the binary takes). compose.test.mjs runs the same configuration and
// metrics against a live network.

import { test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, CITY_NODE, CITY_GATEWAY, tempDir, removeDir, assertFlagsExist } from '../lib/node.mjs';
import { metricsIn, ruleExprs } from '../lib/promql.mjs';

const MONITORING = join(REPO_ROOT, 'deploy/monitoring');

/** Runs `program` with `args`; resolves to { status, output } (stdout and stderr). */
function run (program, args, options = {}) {
  const { status, stdout, stderr, error } = spawnSync(program, args, { encoding: 'utf8', timeout: 60_000, ...options });
  if (error) throw error;
  return { status, output: `${stdout}${stderr}` };
}

test('promtool: the scrape configuration and the alert rules are valid, and the rules pass their unit tests', 120_000, () => {
  const config = run('promtool', ['check', 'config', join(MONITORING, 'prometheus.yml')]);
  assert.equal(config.status, 0, config.output);
  assert.match(config.output, /SUCCESS: 8 rules found/);
  const rules = run('promtool', ['test', 'rules', 'alerts.test.yml'], { cwd: MONITORING });
  assert.equal(rules.status, 0, rules.output);
  // The tests can fail: a rule that fires later than its test expects fails them.
  const dir = tempDir('city-monitoring-');
  try {
    cpSync(MONITORING, dir, { recursive: true });
    const alerts = readFileSync(join(dir, 'alerts.yml'), 'utf8');
    writeFileSync(join(dir, 'alerts.yml'), alerts.replace('> 20', '> 60'));
    const broken = run('promtool', ['test', 'rules', 'alerts.test.yml'], { cwd: dir });
    assert.notEqual(broken.status, 0);
    assert.match(broken.output, /CityFinalityLagging/);
  } finally {
    removeDir(dir);
  }
});

test('the Grafana dashboard is valid JSON, and reads only what the rules and the exporters use', 30_000, () => {
  const dashboard = JSON.parse(readFileSync(join(MONITORING, 'grafana-dashboard.json'), 'utf8'));
  assert.equal(dashboard.uid, 'city-chain');
  const exprs = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
  assert.ok(exprs.length >= 8, `${exprs.length} queries`);
  const metrics = [...new Set([...exprs, ...ruleExprs(readFileSync(join(MONITORING, 'alerts.yml'), 'utf8'))].flatMap(metricsIn))].sort();
  // Every metric the dashboard draws comes from city-node (substrate_*), the gateway
  // (city_gateway_*) or Prometheus (up); compose.test.mjs finds each on a live network.
  assert.deepEqual(metrics.filter((m) => !/^(substrate_|city_gateway_)/.test(m) && m !== 'up'), []);
  for (const panel of dashboard.panels) assert.equal(panel.datasource.uid, '${datasource}', panel.title);
});

const UNITS = [
  { path: 'deploy/systemd/city-validator.service', binary: '/usr/local/bin/city-node', native: CITY_NODE, help: [CITY_NODE, '--help'], minRestartSec: 60 },
  { path: 'deploy/systemd/city-rpc.service', binary: '/usr/local/bin/city-node', native: CITY_NODE, help: [CITY_NODE, '--help'] },
  { path: 'gateway/deploy/city-gateway.service', binary: '/usr/local/bin/city-gateway', native: CITY_GATEWAY, help: [CITY_GATEWAY, 'run', '--help'] }
];

/** Checks the unit `UNITS[index]`: systemd-analyze verifies it, its binary takes its flags. */
function checkUnit (index) {
  const unit = UNITS[index];
  const text = readFileSync(join(REPO_ROOT, unit.path), 'utf8');
  // The binary where the build left it (verify checks the program exists and runs).
  const dir = tempDir('city-unit-');
  try {
    const name = unit.path.split('/').at(-1);
    writeFileSync(join(dir, name), text.replaceAll(unit.binary, unit.native));
    const verified = run('systemd-analyze', ['verify', join(dir, name)]);
    assert.equal(verified.status, 0, verified.output);
    assert.equal(verified.output.trim(), '', 'no warning');
  } finally {
    removeDir(dir);
  }
  const exec = text.match(/^ExecStart=([\s\S]*?[^\\])$/m)[1].replace(/\\\n/g, ' ');
  const flags = [...new Set(exec.match(/(?<=\s)--[a-z][a-z0-9-]*/g))];
  const help = execFileSync(unit.help[0], unit.help.slice(1), { encoding: 'utf8', timeout: 20_000 });
  assertFlagsExist(flags.filter((flag) => flag !== '--log-json'), help, unit.path);
  if (unit.binary.endsWith('city-gateway')) {
    assert.match(execFileSync(CITY_GATEWAY, ['--help'], { encoding: 'utf8', timeout: 20_000 }), /\s--log-json\s/);
  }
  assert.match(text, /^Restart=always$/m);
  const restartSec = Number(text.match(/^RestartSec=(\d+)$/m)[1]);
  assert.ok(restartSec >= (unit.minRestartSec ?? 1), `RestartSec=${restartSec}`);
  if (unit.binary.endsWith('city-node')) {
    // The node's name: the short host name (%l). city-node refuses a name with a dot, which a
    // fully qualified one (%H) has.
    assert.match(exec, /\s--name %l\s/);
    const refused = run(CITY_NODE, ['--dev', '--tmp', '--name', 'validator-1.city.example']);
    assert.notEqual(refused.status, 0);
    assert.match(refused.output, /Invalid node name/);
    // Stopped as the tests stop a node (e2e/tests/restart.test.mjs).
    assert.match(text, /^KillSignal=SIGINT$/m);
  }
  if (unit.path.includes('validator')) {
    assert.match(exec, /\s--validator\s/);
    assert.doesNotMatch(exec, /--rpc-external|--unsafe-rpc-external/, 'a validator keeps RPC on localhost');
  }
}

// One test a unit, each declared here (scripts/test.sh counts the tests a file declares).
test('deploy/systemd/city-validator.service: systemd-analyze verifies it, and city-node takes every flag it passes', 60_000, () => checkUnit(0));

test('deploy/systemd/city-rpc.service: systemd-analyze verifies it, and city-node takes every flag it passes', 60_000, () => checkUnit(1));

test('gateway/deploy/city-gateway.service: systemd-analyze verifies it, and city-gateway takes every flag it passes', 60_000, () => checkUnit(2));

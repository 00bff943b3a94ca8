// The portal in a real browser (playwright-core driving Debian's chromium, headless) against a
// dev node and the ledger indexer, which serves the portal's built files (portal/dist) beside its
// API. After a council spend, a service payment, a bond subscription, a vehicle with a permit and
// a fine, and an anchored IoT reading made here: the portal's reserve balance is the runtime
// API's, the spend is in money flows with its category and reference, the CSV export has the
// table's rows, the plate shows its permit and fine (and no owner), a reading's proof is proven
// and a tampered one is not, and every page loads in under 2 s, on a desktop and on a phone's
// screen. Screenshots of each page go to a temporary folder (printed).

import { before, after, test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startNode, devAccounts, finalizedNumber, tempDir, waitFor, REPO_ROOT, CITY } from '../lib/node.mjs';
import { startIndexer, indexedUpTo, ledgerGet } from '../lib/ledger.mjs';
import {
  councilSpend, payService, subscribeBond, vehicleWithPermitAndFine, deviceWithAnchor, upgradeUnderWay, upgradeProposal, openCouncilMotion
} from '../lib/activity.mjs';

const PORTAL = join(REPO_ROOT, 'portal', 'dist');
const CHROMIUM = process.env.CITY_CHROMIUM || '/usr/bin/chromium';
const logDir = tempDir('city-portal-logs-');
const shots = tempDir('city-portal-screenshots-');
let node, indexer, browser;
const city = {};
const loadTimes = {};

before(async () => {
  assert.ok(existsSync(join(PORTAL, 'index.html')), `the portal is built (${PORTAL}: scripts/test.sh builds it, or \`cd portal && npx vite build\`)`);
  node = await startNode(['--dev', '--tmp'], { name: 'portal-node', logDir });
  indexer = await startIndexer('portal-indexer', {
    nodeUrl: `ws://127.0.0.1:${node.rpcPort}`, database: `sqlite:${join(logDir, 'ledger.sqlite')}`, logDir,
    extra: ['--portal', PORTAL]
  });
  const accounts = devAccounts();
  city.accounts = accounts;
  city.spend = await councilSpend(node.api, accounts, {
    category: 'PublicWorks', amount: 120n * CITY, to: accounts.dave.address, reference: `0x${'c1'.repeat(32)}`
  });
  city.payment = await payService(node.api, accounts, { payer: accounts.eve });
  city.bond = await subscribeBond(node.api, accounts, { subscriber: accounts.ferdie, units: 1 });
  city.vehicle = await vehicleWithPermitAndFine(node.api, accounts, { plate: 'CITY-42' });
  city.device = await deviceWithAnchor(node.api, accounts, { kind: 'AirQuality' });
  // Everything done is finalized, and indexed.
  const lastAction = Math.max(city.spend.blockNumber, city.payment.blockNumber, city.bond.blockNumber,
    city.vehicle.fine.blockNumber, city.device.anchor.blockNumber);
  await waitFor(`block ${lastAction} finalized`, async () => (await finalizedNumber(node.api)) >= lastAction, 60_000);
  await indexedUpTo(indexer.url, lastAction, 120_000);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
  });
  console.log(`# portal screenshots: ${shots}`);
}, 900_000);

after(async () => {
  await browser?.close();
  await indexer?.kill();
  await node?.stop();
}, 60_000);

/**
 * Opens a page of the portal afresh (a full load: the node connected, its metadata read, the
 * page drawn) and waits for it to be drawn; records how long that took.
 */
async function open (page, route, name) {
  await page.goto('about:blank');
  const started = Date.now();
  await page.goto(`${indexer.url}/?node=ws://127.0.0.1:${node.rpcPort}#/${route}`);
  await page.waitForSelector(`main[data-ready="true"][data-page="${route.split('?')[0]}"]`, { timeout: 30_000 });
  const ms = Date.now() - started;
  loadTimes[name] = ms;
  const error = await page.locator('main .error').count();
  assert.equal(error, 0, `${name}: ${await page.locator('main').innerText()}`);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  return ms;
}

async function desktop () {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

test('the reserve fund page shows the runtime API\'s balance, obligations and budgets', 120_000, async () => {
  const page = await desktop();
  await open(page, 'fund', 'fund');
  const status = await node.api.call.reserveFundApi.status();
  const shown = await page.getAttribute('[data-testid="reserve-balance"]', 'data-planck');
  assert.equal(shown, status.balance.toBigInt().toString(), 'the balance is the runtime API\'s, to the planck');
  assert.equal(await page.getAttribute('[data-testid="reserve-free"]', 'data-planck'), status.free.toBigInt().toString());
  const bars = await page.locator('[data-testid="budget-chart"] rect[data-label]').count();
  assert.equal(bars, status.budgets.length, 'a bar per budget');
  await page.context().close();
});

test('money flows: the spend with its category and reference, and a CSV with the table\'s rows', 120_000, async () => {
  const page = await desktop();
  await open(page, 'flows?direction=out', 'flows');
  const rows = page.locator('[data-testid="flows"] tbody tr:not(.empty)');
  const texts = await rows.allInnerTexts();
  const references = await page.locator('[data-testid="flows"] tbody tr td:last-child code').evaluateAll((els) => els.map((e) => e.title));
  assert.ok(references.includes(city.spend.reference), `the spend's reference among ${references}`);
  const spendRow = texts[references.indexOf(city.spend.reference)];
  assert.match(spendRow, /PublicWorks/);
  assert.match(spendRow, /120 CITY/);

  const href = await page.getAttribute('[data-testid="csv-link"]', 'href');
  const csv = (await (await fetch(href)).text()).trim().split('\n');
  assert.equal(csv.length - 1, texts.length, 'the CSV has as many rows as the table');
  const csvReferences = csv.slice(1).map((line) => line.split(',')[10]);
  assert.deepEqual(csvReferences, references, 'the same rows, in the same order');
  await page.context().close();
});

test('a plate shows its registration, permit and fine, and never its owner', 120_000, async () => {
  const page = await desktop();
  await open(page, `vehicles?plate=${city.vehicle.plate}`, 'vehicles');
  assert.match(await page.innerText('[data-testid="registration"]'), /valid until/);
  assert.equal(await page.locator('[data-testid="permits"] tbody tr:not(.empty)').count(), 1);
  assert.match(await page.innerText('[data-testid="permits"]'), new RegExp(`\\b${city.vehicle.permit.zone}\\b`));
  assert.equal(await page.locator('[data-testid="fines"] tbody tr:not(.empty)').count(), 1);
  assert.match(await page.innerText('[data-testid="fines"]'), new RegExp(`\\b${city.vehicle.fine.id}\\b`));
  const body = await page.innerText('body');
  for (const account of Object.values(city.accounts)) {
    assert.ok(!body.includes(account.address), 'no account is shown beside a plate');
  }
  const ledger = await ledgerGet(indexer.url, `/v1/vehicles/${city.vehicle.plate}`);
  assert.equal(ledger.status, 200);
  assert.equal(ledger.body.permits.length, 1);
  await page.context().close();
});

test('a reading\'s proof is proven, a tampered one is not', 120_000, async () => {
  const page = await desktop();
  await open(page, 'iot', 'iot');
  const check = async (reading) => {
    await page.fill('[data-testid="reading-input"]', JSON.stringify(reading));
    await page.click('[data-testid="verify-button"]');
    await page.waitForSelector('[data-testid="verdict"]');
    return page.getAttribute('[data-testid="verdict"]', 'data-verdict');
  };
  // As the gateway's gateway_prove gives them: the reading and the hashes up to the root.
  assert.equal(await check({ reading: city.device.reading, proof: city.device.proof }), 'Proven');
  assert.equal(await check({ reading: city.device.tampered, proof: city.device.proof }), 'NotProven');
  // The device and its anchor, from the ledger.
  const devices = await page.locator('[data-testid="devices"] tbody tr:not(.empty) code').evaluateAll((els) => els.map((e) => e.title));
  assert.ok(devices.includes(city.device.deviceId), `${city.device.deviceId} among ${devices}`);
  const anchors = await page.locator('[data-testid="anchors"] tbody tr:not(.empty)').allInnerTexts();
  assert.ok(anchors.some((row) => row.includes(String(city.device.anchor.blockNumber))), JSON.stringify(anchors));
  await page.screenshot({ path: join(shots, 'iot-verdict.png'), fullPage: true });
  // Devices by kind and neighbourhood: the device's own, and one it is not in.
  const listed = async (route) => {
    await open(page, route, 'iot-filtered');
    return page.locator('[data-testid="devices"] tbody tr:not(.empty) code').evaluateAll((els) => els.map((e) => e.title));
  };
  const neighbourhood = city.device.location.slice(0, 5);
  assert.deepEqual(await listed(`iot?kind=${city.device.kind}&neighbourhood=${neighbourhood}`), [city.device.deviceId]);
  assert.deepEqual(await listed(`iot?kind=${city.device.kind}&neighbourhood=${neighbourhood.startsWith('z') ? 'y' : 'z'}`), []);
  await page.context().close();
});

test('every page loads in under 2 s, and fits a phone\'s screen', 180_000, async () => {
  const page = await desktop();
  for (const route of ['fund', 'flows', 'bonds', 'governance', 'vehicles', 'iot', 'health']) {
    await open(page, route, route);
  }
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  for (const route of ['fund', 'flows', 'bonds', 'governance', 'health']) {
    await open(phone, route, `phone-${route}`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${route} fits 390 px (overflows by ${overflow} px)`);
  }
  console.log(`# page load times (ms): ${JSON.stringify(loadTimes)}`);
  for (const [name, ms] of Object.entries(loadTimes)) assert.ok(ms < 2_000, `${name} loaded in ${ms} ms`);
  await phone.context().close();
  await page.context().close();
});

test('the bonds page shows the series subscribed and the debt the runtime API reports', 120_000, async () => {
  const page = await desktop();
  await open(page, 'bonds', 'bonds');
  const debt = await node.api.call.bondsApi.debt();
  assert.equal(await page.getAttribute('[data-testid="bonds-debt"]', 'data-planck'), debt.total.toBigInt().toString());
  const series = await page.locator('[data-testid="series"] tbody tr:not(.empty)').allInnerTexts();
  assert.ok(series.some((row) => row.startsWith(`${city.bond.seriesId}\t`)), `series ${city.bond.seriesId} among ${JSON.stringify(series)}`);
  await page.context().close();
});

/** The rows of table `testId` as their cells' texts, and the titles (whole hashes and accounts) in each. */
async function rowsOf (page, testId) {
  return page.locator(`[data-testid="${testId}"] tbody tr:not(.empty)`).evaluateAll((rows) => rows.map((row) => ({
    cells: [...row.querySelectorAll('td')].map((td) => td.innerText),
    titles: [...row.querySelectorAll('[title]')].map((el) => el.title)
  })));
}

test('governance: the referendum\'s tally, an open motion with who voted, and the upgrade scheduled, as the runtime API says', 300_000, async () => {
  const { alice, bob, charlie } = city.accounts;
  const codeHash = `0x${'5a'.repeat(32)}`;
  const upgrade = await upgradeUnderWay(node.api, city.accounts, { codeHash, votingPeriod: 8, delay: 600, voter: alice, balance: 10n * CITY });
  const page = await desktop();

  // While residents vote: the referendum with the runtime API's tally, and the upgrade it brings.
  await open(page, 'governance', 'governance-referendum');
  const [referendum] = await node.api.rpc.city.referenda();
  assert.equal(referendum.index.toNumber(), upgrade.refIndex);
  const shownReferenda = await rowsOf(page, 'referenda');
  assert.equal(shownReferenda.length, 1, JSON.stringify(shownReferenda));
  assert.equal(shownReferenda[0].cells[0], String(upgrade.refIndex));
  assert.match(shownReferenda[0].cells[1], /^System\.authorize_upgrade/);
  assert.equal(await page.locator('[data-testid="referenda"] tbody tr td:nth-child(4) .amount').getAttribute('data-planck'), referendum.ayes.toBigInt().toString());
  assert.equal(referendum.ayes.toBigInt(), 10n * CITY, 'ten CITY locked once');
  assert.ok((await rowsOf(page, 'scheduled-upgrades')).some((r) => r.cells[0].startsWith(`In referendum ${upgrade.refIndex}`) && r.titles.includes(codeHash)));

  // A council motion left open: an aye and a nay, for another upgrade (its preimage noted).
  const proposedHash = `0x${'6b'.repeat(32)}`;
  const { external } = await upgradeProposal(node.api, proposedHash, alice);
  const motion = await openCouncilMotion(node.api, { call: external, threshold: 3, proposer: alice, ayes: [bob], nays: [charlie] });

  // Passed, the upgrade waits in the scheduler until its enactment.
  const scheduled = await waitFor('the upgrade scheduled for enactment', async () => {
    const tasks = await node.api.rpc.city.scheduled();
    return tasks.find((t) => t.call.isSome && t.call.unwrap().upgrade.isSome && t.call.unwrap().upgrade.unwrap().toHex() === codeHash);
  }, 120_000, 1_000);
  await open(page, 'governance', 'governance');
  const coming = await rowsOf(page, 'scheduled-upgrades');
  const enactment = coming.find((r) => r.titles.includes(codeHash));
  assert.ok(enactment, JSON.stringify(coming));
  assert.match(enactment.cells[0], new RegExp(`^Passed; enacted at .*\\(block ${scheduled.when.toNumber()}\\)$`));
  assert.ok(coming.some((r) => r.cells[0] === `Proposed in council motion ${motion.index}` && r.titles.includes(proposedHash)), JSON.stringify(coming));
  assert.equal((await rowsOf(page, 'referenda')).length, 0, 'no referendum in progress any more');
  const open_ = (await rowsOf(page, 'council-motions')).find((r) => r.cells[0] === String(motion.index));
  assert.ok(open_, 'the open motion is listed');
  assert.equal(open_.cells[2], '1 of 3');
  assert.ok(open_.titles.includes(bob.address) && open_.titles.includes(charlie.address) && open_.titles.includes(proposedHash));
  assert.equal(await page.locator('[data-testid="authorized-upgrade"]').innerText(), 'No upgrade is authorized now.');
  await page.context().close();
});

test('chain health: the validators as the validator set\'s runtime API reports them', 120_000, async () => {
  const page = await desktop();
  await open(page, 'health', 'health');
  const status = await node.api.call.validatorSetApi.status();
  const rows = await rowsOf(page, 'validators');
  assert.deepEqual(rows.map((r) => [r.cells[0], r.cells[1]]), status.validators.map((v) => [v.account.toString(), 'validating']));
  assert.equal(rows[0].cells[0], city.accounts.alice.address, 'Alice validates the dev chain');
  assert.equal(await page.locator('[data-testid="session"]').innerText(), String(status.session.toNumber()));
  assert.equal(await page.getAttribute('[data-testid="validator-reward"] .amount', 'data-planck'), status.rewardPerSession.toBigInt().toString());
  await page.context().close();
});

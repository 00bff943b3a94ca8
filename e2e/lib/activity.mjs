// The city's everyday activity on a dev chain, as the wallets of the council, residents, officials
// and a sensor make it: a council spend, a service payment, a bond subscription, a registered
// vehicle with a parking permit and a fine, and an air-quality station with an anchored batch of
// readings. Each function first does what the runtime requires for its action, by the origins of
// the README's "Who may do what" (a council motion of the share the call needs, a credential the
// council grants, a zone's price, a bond series), skipping what the chain already has; then the
// action. It answers the block of the key event and the event's data as plain values (accounts
// SS58, hashes hex, amounts BigInt, blocks, ids and counts numbers): what the portal and the
// ledger indexer must show, for their tests to check against.
//
//   const who = devAccounts();
//   const spend = await councilSpend(api, who, { amount: 250n * CITY, to: who.dave.address });
//   const { reading, proof, tampered } = await deviceWithAnchor(api, who);
//   (await api.call.iotAnchorsApi.verifyReading(reading, proof)).isProven;   // true
//   (await api.call.iotAnchorsApi.verifyReading(tampered, proof)).isNotProven; // true
//
// The functions run one after another: the motions number themselves from the council's count.

import { u8aConcat, u8aToHex } from '@polkadot/util';
import {
  blake2AsHex, blake2AsU8a, cryptoWaitReady, ed25519PairFromSeed, ed25519Sign, randomAsHex, randomAsU8a,
  sr25519PairFromSeed, sr25519Sign
} from '@polkadot/util-crypto';
import { bestNumber, clearOfLaunch, findEvent, motion, submitOk, together, waitFor, CITY } from './node.mjs';
import {
  anchorExtrinsic, anchorMessage, deviceId, deviceKey, multiSignature, possessionMessage, readingLeaf, readingMessage
} from './iot.mjs';
import { merkleLevels, merkleProof } from './credentials.mjs';

/** An account's address: `who` as an address, or a key pair's. */
const address = (who) => (typeof who === 'string' ? who : who.address);

/** An enum as the indexer labels it: its variant, with its value if it carries one (`Other(3)`). */
export const label = (e) => (e.value.toRawType() === 'Null' ? e.type : `${e.type}(${e.value.toString()})`);

/** The block `blockHash` (a hash or its hex) as { blockHash (hex), blockNumber }. */
async function block (api, blockHash) {
  const header = await api.rpc.chain.getHeader(blockHash);
  return { blockHash: typeof blockHash === 'string' ? blockHash : blockHash.toHex(), blockNumber: header.number.toNumber() };
}

/** Fails naming the first of `results` (of `submit`/`together`) whose dispatch failed. */
function allOk (results, what) {
  const failed = results.find((result) => result.dispatchError);
  if (failed) throw new Error(`${what} failed: ${failed.dispatchError}`);
  return results;
}

// -- The council ---------------------------------------------------------------------------------

/**
 * The fewest ayes of a council of `members` that make each of the runtime's named origins
 * (runtime/src/configs/governance.rs): `CouncilMajority` is more than half, `CouncilTwoThirds`
 * at least two thirds. A collective executes with `Members(ayes, seats)`, so the share counts,
 * not the threshold written in the motion.
 */
const COUNCIL_SHARES = {
  majority: (members) => Math.floor(members / 2) + 1,
  twoThirds: (members) => Math.ceil((2 * members) / 3)
};

/**
 * The members of `accounts` who pass a council motion of `share` ('majority', 'twoThirds'):
 * { threshold, ayes, free }. Members not in `busy` (key pairs or addresses with transactions of
 * their own in flight) are taken first; `free` says they sufficed, so the motion's transactions
 * and theirs can go at once without their nonces colliding.
 */
async function councilVoters (api, accounts, share, busy = []) {
  const members = new Set((await api.query.council.members()).map(String));
  const threshold = COUNCIL_SHARES[share](members.size);
  const keys = Object.values(accounts).filter((pair) => members.has(pair.address));
  const idle = keys.filter((pair) => !busy.some((other) => address(other) === pair.address));
  const free = idle.length >= threshold;
  const ayes = (free ? idle : keys).slice(0, threshold);
  if (ayes.length < threshold) {
    throw new Error(`a council ${share} is ${threshold} of ${members.size} members; the accounts given hold keys of ${keys.length}`);
  }
  return { threshold, ayes, free };
}

/**
 * Passes `calls` (one, or several in one `utility.batchAll`, all or none) by a council motion of
 * `voters` (`councilVoters`): three blocks, propose, vote, close. Resolves to the close's result.
 */
function councilPasses (api, voters, calls) {
  const call = calls.length === 1 ? calls[0] : api.tx.utility.batchAll(calls);
  const { threshold, ayes } = voters;
  return motion(api, { collective: 'council', threshold, call, ayes, proposer: ayes[0], closer: ayes[0] });
}

/** Whether `who` holds an active credential of `kind` (a variant without fields: 'VehicleClerk'). */
async function holds (api, who, kind) {
  const views = await api.rpc.identity.credentialsOf(address(who));
  return views.some((view) => view.credential.kind.type === kind && view.status.type === 'Active');
}

/**
 * The council's grants of credentials of `kind` to each `[who, kind]` pair that lacks one. Only
 * ordinary kinds: a council majority grants those (privileged ones take two thirds). The
 * commitment is of nothing disclosed later: an official's role, not a resident's documents.
 */
async function missingCredentials (api, pairs) {
  const calls = [];
  for (const [who, kind] of pairs) {
    if (!(await holds(api, who, kind))) {
      const commitment = blake2AsHex(`city-chain/e2e/activity/${kind}/${address(who)}`, 256);
      calls.push(api.tx.identityRegistry.issueByCouncil(address(who), kind, commitment, null));
    }
  }
  return calls;
}

// -- 1. A council spend ---------------------------------------------------------------------------

/**
 * What each tier of council motions spends from the reserve at once
 * (runtime/src/configs/city/reserve_fund.rs; runtime constants, not in the metadata). More than
 * the last takes a referendum (Root), which this module does not run.
 */
const COUNCIL_SPEND_CAPS = [['majority', 100_000n * CITY], ['twoThirds', 1_000_000n * CITY]];

/**
 * A council motion that makes the reserve fund pay `amount` to `to` (an address or a key pair)
 * for `category`, with `reference` (the hash of the decision or invoice), passed by the smallest
 * share of the council whose cap covers `amount`. The category's budget and the fund's free
 * funds must cover it (the dev genesis: PublicWorks 200,000 CITY a period; the fund about
 * 1,000 CITY plus the fees and payments since). Resolves to the `ReserveFund.Spent` event:
 * { blockHash, blockNumber, threshold (the motion's), category, to, amount, reference, byRoot }.
 */
export async function councilSpend (api, accounts, { category = 'PublicWorks', amount, to, reference = randomAsHex(32) } = {}) {
  if (amount === undefined || to === undefined) throw new TypeError('councilSpend: give an amount and whom to pay');
  const wanted = BigInt(amount);
  const tier = COUNCIL_SPEND_CAPS.find(([, cap]) => wanted <= cap);
  if (!tier) throw new Error(`${wanted} planck is above every council tier's cap: a referendum spends it`);
  const voters = await councilVoters(api, accounts, tier[0]);
  const closed = await councilPasses(api, voters, [api.tx.reserveFund.spend(category, wanted, address(to), reference)]);
  const spent = findEvent(closed.events, 'reserveFund', 'Spent').data;
  return {
    ...(await block(api, closed.blockHash)),
    threshold: voters.threshold,
    category: label(spent.category),
    to: spent.to.toString(),
    amount: spent.amount.toBigInt(),
    reference: spent.reference.toHex(),
    byRoot: spent.byRoot.isTrue
  };
}

// -- 2. A service payment -------------------------------------------------------------------------

/**
 * `payer` (a key pair) pays for a city service open to anyone: the first active such service of
 * the catalogue (the dev genesis has "Parking, one day", 2 CITY), or, if there is none, one the
 * council adds first (a majority: `CatalogueOrigin`) with `name` and `price`. The most the payer
 * agrees to is the price and the city tax, which the pallet rounds up (`Permill::mul_ceil`).
 * Resolves to { blockHash, blockNumber, service: { id, name, price }, receipt (the
 * `CityCoin.ServicePaid` event: { id, payer, service, price, tax, reference }), received (the
 * fund's `ReserveFund.Received` of it: { inflow, from, amount, reference }) }.
 */
export async function payService (api, accounts, { payer, reference = randomAsHex(32), name = 'Copy of a building permit', price = 3n * CITY } = {}) {
  if (!payer) throw new TypeError('payService: give the payer\'s key pair');
  const open = (await api.call.cityCoinApi.services()).find(([, service]) => service.active.isTrue && service.residentOnly.isFalse);
  let id;
  if (open) {
    id = open[0].toNumber();
  } else {
    const voters = await councilVoters(api, accounts, 'majority');
    const added = await councilPasses(api, voters, [api.tx.cityCoin.addService(name, 'PublicWorks', price, false)]);
    id = findEvent(added.events, 'cityCoin', 'ServiceAdded').data.id.toNumber();
  }
  const service = (await api.query.cityCoin.services(id)).unwrap();
  const rate = (await api.query.cityCoin.taxRate()).toBigInt(); // parts per million
  const tax = (service.price.toBigInt() * rate + 999_999n) / 1_000_000n;
  const paid = await submitOk(api, api.tx.cityCoin.payForService(id, service.price.toBigInt() + tax, reference), payer);
  const receipt = findEvent(paid.events, 'cityCoin', 'ServicePaid').data;
  return {
    ...(await block(api, paid.blockHash)),
    service: { id, name: service.name.toUtf8(), price: service.price.toBigInt() },
    receipt: {
      id: receipt.receipt.toNumber(),
      payer: receipt.payer.toString(),
      service: receipt.service.toNumber(),
      price: receipt.price.toBigInt(),
      tax: receipt.tax.toBigInt(),
      reference: receipt.reference.toHex()
    },
    received: inflowOf(api, paid.events, 'ServicePayment')
  };
}

/** The fund's `Received` event of `inflow` among `events`, as plain values. */
function inflowOf (api, events, inflow) {
  const found = events.map(({ event }) => event)
    .find((event) => api.events.reserveFund.Received.is(event) && label(event.data.inflow) === inflow);
  if (!found) throw new Error(`no reserveFund.Received of ${inflow} among the transaction's events`);
  const { data } = found;
  return { inflow: label(data.inflow), from: data.from.toString(), amount: data.amount.toBigInt(), reference: data.reference.toHex() };
}

// -- 3. A bond subscription -----------------------------------------------------------------------

/**
 * `subscriber` (a key pair) subscribes `units` of a series open to anyone: the newest series
 * whose window is open for a few blocks more with the units left and none reserved for
 * residents, or else one two thirds of the council issue first (`IssueOrigin`), its window open
 * `window` blocks. The issued series (its terms overridable by `terms`) is modest, so the
 * reserve's free funds cover its coupons (the issue's reserve-floor check): 1,000 units of
 * 10 CITY paying 2% a year in six monthly coupons, about 99 CITY in all. Resolves to
 * { blockHash, blockNumber, seriesId, issued (the issue's { blockHash, blockNumber }, or null for
 * a series that was open), subscribed (the `Bonds.Subscribed` event: { id, who, units, paid }),
 * received (the fund's `Received` of it: { inflow 'BondSubscription', from, amount, reference,
 * the series' purpose }) }.
 */
export async function subscribeBond (api, accounts, { subscriber, units = 1, window = 300, terms = {} } = {}) {
  if (!subscriber) throw new TypeError('subscribeBond: give the subscriber\'s key pair');
  const best = await bestNumber(api);
  // Three blocks of margin: the subscription must land within the window.
  const open = (await api.rpc.bonds.allSeries()).filter((series) => series.state.toString() === 'subscription' &&
    series.subscriptionEnd.toNumber() >= best + 3 && series.residentUnits.toNumber() === 0 &&
    series.units.toNumber() - series.sold.toNumber() >= units).at(-1);
  let seriesId;
  let issued = null;
  if (open) {
    seriesId = open.id.toNumber();
  } else {
    const year = api.consts.bonds.year.toNumber();
    const couponPeriod = Math.round((30 * year) / 365);
    const issue = api.tx.bonds.issue({
      name: 'Harbour wall repairs',
      purpose: blake2AsHex('city-chain/e2e/activity/bond/Harbour wall repairs', 256),
      contract: null,
      face: 10n * CITY,
      // 2% a year as a share of face per period, in parts per billion (within the council's
      // 10% a year, `MaxAnnualCouponRate`).
      couponRate: Math.floor((20_000_000 * couponPeriod) / year),
      couponPeriod,
      periods: 6,
      units: 1_000,
      subscriptionEnd: best + window,
      minUnits: 1,
      residentUnits: 0,
      ...terms
    });
    const voters = await councilVoters(api, accounts, 'twoThirds');
    const closed = await councilPasses(api, voters, [issue]);
    seriesId = findEvent(closed.events, 'bonds', 'SeriesIssued').data.id.toNumber();
    issued = await block(api, closed.blockHash);
  }
  const result = await submitOk(api, api.tx.bonds.subscribe(seriesId, units), subscriber);
  const subscribed = findEvent(result.events, 'bonds', 'Subscribed').data;
  return {
    ...(await block(api, result.blockHash)),
    seriesId,
    issued,
    subscribed: {
      id: subscribed.id.toNumber(),
      who: subscribed.who.toString(),
      units: subscribed.units.toNumber(),
      paid: subscribed.paid.toBigInt()
    },
    received: inflowOf(api, result.events, 'BondSubscription')
  };
}

// -- 4. A vehicle, its parking permit and a fine --------------------------------------------------

/** Characters of a VIN: 0-9 and A-Z without I, O and Q. */
const VIN_CHARACTERS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * A random European VIN (its world manufacturer starting with W: no check digit in position 9,
 * pallets/vehicle-registry/src/vin.rs).
 */
const randomVin = () => 'WVWZZZ1JZ' + [...randomAsU8a(8)].map((byte) => VIN_CHARACTERS[byte % VIN_CHARACTERS.length]).join('');

/**
 * A vehicle of `owner` (a key pair; a resident, as `apply` requires), applied for and registered
 * with `plate` by `clerk`, a monthly permit of `zone` bought by `owner` and a fine issued to the
 * plate by `officer`. First, in one council motion (a majority), what the chain lacks: a
 * resident credential for the owner, a vehicle-clerk credential for the clerk, a police-officer
 * credential for the officer, a price for the zone (`ZoneOrigin`); the application goes in the
 * motion's first block when the motion's members are others than the owner. Then the clerk's
 * approval, then the permit and the fine together: about five blocks, three without a motion.
 * Resolves to { vehicleId, plate, vin, owner, registeredUntil, registered ({ blockHash,
 * blockNumber, clerk } of `VehicleRegistry.Registered`), permit (`PermitBought`: { zone, from,
 * until, paid, blockHash, blockNumber }), fine (`FineIssued`: { id, amount, offence, evidence,
 * deadline, blockHash, blockNumber }) }.
 */
export async function vehicleWithPermitAndFine (api, accounts, {
  plate = `CITY-${Math.floor(Math.random() * 100_000)}`,
  owner = accounts.alice, clerk = accounts.eve, officer = accounts.dave,
  vin = randomVin(), make = 'Skoda', model = 'Octavia', year = 2019,
  zone = 1, zonePrice = 10n * CITY, periods = 1,
  fine: { amount: fineAmount = 40n * CITY, offence = 1, evidence = randomAsHex(32), deadline } = {}
} = {}) {
  const resident = await holds(api, owner, 'Resident');
  const calls = await missingCredentials(api, [
    ...(resident ? [] : [[owner, 'Resident']]), [clerk, 'VehicleClerk'], [officer, 'PoliceOfficer']
  ]);
  if ((await api.query.vehicleRegistry.zonePrices(zone)).isNone) calls.push(api.tx.vehicleRegistry.setZonePrice(zone, zonePrice));
  const apply = () => submitOk(api, api.tx.vehicleRegistry.apply(vin, make, model, year), owner);
  let applied;
  if (calls.length > 0) {
    const voters = await councilVoters(api, accounts, 'majority', [owner]);
    if (resident && voters.free) {
      [, applied] = await Promise.all([councilPasses(api, voters, calls), apply()]);
    } else {
      await councilPasses(api, voters, calls);
      applied = await apply();
    }
  } else {
    applied = await apply();
  }
  const vehicleId = findEvent(applied.events, 'vehicleRegistry', 'Applied').data.vehicle.toNumber();

  const approved = await submitOk(api, api.tx.vehicleRegistry.approve(vehicleId, plate), clerk);
  const registered = findEvent(approved.events, 'vehicleRegistry', 'Registered').data;

  // The owner buys a permit while an officer fines the plate: one block.
  const due = deadline ?? (await bestNumber(api)) + api.consts.vehicleRegistry.disputeWindow.toNumber();
  const [bought, fined] = allOk(await together(api, [
    [owner, api.tx.vehicleRegistry.buyPermit(vehicleId, zone, periods)],
    [officer, api.tx.vehicleRegistry.issueFine(plate, fineAmount, offence, evidence, due)]
  ]), 'the permit or the fine');
  const permit = findEvent(bought.events, 'vehicleRegistry', 'PermitBought').data;
  const issued = findEvent(fined.events, 'vehicleRegistry', 'FineIssued').data;
  return {
    vehicleId,
    plate: registered.plate.toUtf8(),
    vin,
    owner: address(owner),
    registeredUntil: registered.until.toNumber(),
    registered: { ...(await block(api, approved.blockHash)), clerk: registered.clerk.toString() },
    permit: {
      zone: permit.zone.toNumber(),
      from: permit.from.toNumber(),
      until: permit.until.toNumber(),
      paid: permit.paid.toBigInt(),
      ...(await block(api, bought.blockHash))
    },
    fine: {
      id: issued.fine.toNumber(),
      amount: issued.amount.toBigInt(),
      offence: issued.offence.toNumber(),
      evidence: issued.evidence.toHex(),
      deadline: issued.deadline.toNumber(),
      ...(await block(api, fined.blockHash))
    }
  };
}

// -- 5. A sensor and an anchored batch ------------------------------------------------------------

/**
 * The schemes a device's or a relay's key is made in here: a pair from a seed, a signature, and
 * the variant's name in `DeviceKey` and `MultiSignature` as @polkadot/api takes them.
 */
const SCHEMES = {
  ed25519: { pair: ed25519PairFromSeed, sign: ed25519Sign, variant: 'Ed25519' },
  sr25519: { pair: sr25519PairFromSeed, sign: sr25519Sign, variant: 'Sr25519' }
};

/** A fresh key of `scheme`: { scheme, pair, key (SCALE `DeviceKey`), json (as a call takes it) }. */
function freshKey (scheme) {
  const known = SCHEMES[scheme];
  if (!known) throw new Error(`a key here is ${Object.keys(SCHEMES).join(' or ')}, not ${scheme}`);
  const pair = known.pair(randomAsU8a(32));
  return { scheme, pair, key: deviceKey(scheme, pair.publicKey), json: { [known.variant]: u8aToHex(pair.publicKey) } };
}

/** `signer`'s (a `freshKey`) signature of `message`, as SCALE `MultiSignature` bytes. */
const signed = (signer, message) => multiSignature(signer.scheme, SCHEMES[signer.scheme].sign(message, signer.pair));

/**
 * A signature of `scheme` (SCALE `MultiSignature` bytes) as @polkadot/api and the gateway's JSON
 * give it: `{ Ed25519: hex }`.
 */
const signatureJson = (scheme, signature) => ({ [SCHEMES[scheme].variant]: u8aToHex(signature.slice(1)) });

/**
 * A public sensor of `kind` (AirQuality, Traffic, Noise or Weather) at the geohash `location`,
 * with a key made here in `scheme`, registered by `operator` (a key pair), and its first batch
 * of `count` readings anchored. The readings are signed, each by the device (what it measured
 * and when, `readingMessage`): the device is put in relay mode with a key made here in `relay`,
 * which signs the anchor as a gateway's would, so only the device vouches for the readings
 * (`relay: null`: the device signs the anchor itself, its readings unsigned). The operator gets
 * a device-operator credential from the council (a majority) first if they lack one; register
 * and relay go in one batch; the anchor is the free general transaction the pallet authorizes.
 * Resolves to { deviceId, kind, location, owner, key, relay ({ scheme, public } each, relay null
 * without one), registered ({ blockHash, blockNumber }), anchor (`IotAnchors.Anchored`:
 * { sequence, root, count, timestamp, summary, blockHash, blockNumber }), readings, reading (the
 * one at `prove`), proof, tampered }: `reading` and `proof` as `IotAnchorsApi.verify_reading`
 * and `iot_verifyReading` take them (`Proven`), `tampered` the reading with its value changed
 * (`NotProven`).
 */
export async function deviceWithAnchor (api, accounts, {
  kind = 'AirQuality', location = 'u33dbfcy', operator = accounts.ferdie, scheme = 'ed25519', relay = 'sr25519',
  count = 5, prove = 1, values = Array.from({ length: count }, (_, i) => 12_000 + 150 * i)
} = {}) {
  if (typeof kind !== 'string') throw new Error('deviceWithAnchor registers a public sensor; a meter takes a meter operator and no relay');
  if (values.length !== count || prove >= count) throw new RangeError(`${count} readings: ${values.length} values, the one proven at ${prove}`);
  await cryptoWaitReady();
  const calls = await missingCredentials(api, [[operator, 'DeviceOperator']]);
  if (calls.length > 0) await councilPasses(api, await councilVoters(api, accounts, 'majority'), calls);

  const genesis = api.genesisHash.toU8a();
  const device = freshKey(scheme);
  const gateway = relay ? freshKey(relay) : null;
  const id = deviceId(device.key);
  const possession = signatureJson(scheme, signed(device, possessionMessage(genesis, address(operator))));
  const register = api.tx.iotAnchors.register(device.json, kind, location, possession);
  const registered = await submitOk(api, gateway
    ? api.tx.utility.batchAll([register, api.tx.iotAnchors.setRelay(id, gateway.json)])
    : register, operator);
  findEvent(registered.events, 'iotAnchors', 'Registered');

  // The batch: taken a second apart up to now, each signed by the device in relay mode.
  const sequence = (await api.call.iotAnchorsApi.device(id)).unwrap().nextSequence.toNumber();
  const now = Date.now();
  const readings = values.map((value, index) => {
    const timestamp = now - (count - index) * 1_000;
    const signature = gateway ? signed(device, readingMessage(genesis, id, timestamp, value)) : null;
    return { device: id, sequence, index, timestamp, value, signature };
  });
  const rows = merkleLevels(readings.map(readingLeaf));
  const anchor = {
    device: id,
    sequence,
    timestamp: now,
    root: rows.at(-1)[0],
    count,
    summary: { min: Math.min(...values), max: Math.max(...values), mean: Math.round(values.reduce((a, b) => a + b, 0) / count) },
    cumulative: null
  };
  const signer = gateway || device;
  const hex = u8aToHex(anchorExtrinsic(api.tx.iotAnchors.anchor.callIndex, anchor, signed(signer, anchorMessage(genesis, signer.key, anchor))));
  // Submitted as the bytes they are, by raw JSON-RPC: @polkadot/types 16.5.6 encodes a general
  // transaction wrongly (a second length and version byte, see e2e/tests/iot.test.mjs), so the
  // typed `author_submitAndWatchExtrinsic` (node.mjs's `inBlock`) would send other bytes. The
  // device's record then says which block took it.
  await api.rpc('author_submitExtrinsic', hex);
  const record = await waitFor(`device ${u8aToHex(id)}'s anchor ${sequence} in a block`, async () => {
    const kept = (await api.call.iotAnchorsApi.device(id)).unwrap();
    return kept.nextSequence.toNumber() > sequence && kept;
  }, 60_000, 500);
  const anchoredIn = await api.rpc.chain.getBlockHash(record.lastAnchorAt.unwrap());
  const events = (await (await api.at(anchoredIn)).query.system.events()).map(({ event }) => event);
  const anchoredEvent = events.find((event) => api.events.iotAnchors.Anchored.is(event) && event.data.device.toHex() === u8aToHex(id));
  if (!anchoredEvent) throw new Error(`block ${anchoredIn.toHex()} holds no iotAnchors.Anchored of device ${u8aToHex(id)}`);
  const anchored = anchoredEvent.data;

  const json = ({ device, signature, ...rest }) => ({ device: u8aToHex(device), ...rest, signature: signature && signatureJson(scheme, signature) });
  const reading = json(readings[prove]);
  const summary = anchored.summary.unwrapOr(null);
  return {
    deviceId: u8aToHex(id),
    kind,
    location,
    owner: address(operator),
    key: { scheme, public: u8aToHex(device.pair.publicKey) },
    relay: gateway && { scheme: gateway.scheme, public: u8aToHex(gateway.pair.publicKey) },
    registered: await block(api, registered.blockHash),
    anchor: {
      sequence: anchored.sequence.toNumber(),
      root: anchored.root.toHex(),
      count: anchored.count.toNumber(),
      timestamp: anchored.timestamp.toNumber(),
      summary: summary && { min: summary.min.toNumber(), max: summary.max.toNumber(), mean: summary.mean.toNumber() },
      ...(await block(api, anchoredIn))
    },
    readings: readings.map(json),
    reading,
    proof: merkleProof(rows, prove),
    tampered: { ...reading, value: reading.value + 1 }
  };
}

// -- 6. Governance under way ----------------------------------------------------------------------

/**
 * `democracy.externalProposeMajority` of `system.authorizeUpgrade(codeHash)`, its preimage noted
 * by `noter` (a key pair): { authorize, external }, the call and the council's proposal of it.
 */
export async function upgradeProposal (api, codeHash, noter) {
  const authorize = api.tx.system.authorizeUpgrade(codeHash);
  await submitOk(api, api.tx.preimage.notePreimage(authorize.method.toHex()), noter);
  const external = api.tx.democracy.externalProposeMajority({ Lookup: { hash: authorize.method.hash, len: authorize.method.encodedLength } });
  return { authorize, external };
}

/**
 * A runtime upgrade on its way through governance, as the upgrade e2e test drives one: Alice
 * notes the preimage of `system.authorizeUpgrade(codeHash)`, the whole council (3 of 3: the
 * external-majority origin is three quarters) brings it as an external proposal, the technical
 * committee (2 of 2) fast-tracks it to a `votingPeriod`-block referendum enacted `delay` blocks
 * after it passes, and `voter` (a key pair) votes aye with `balance` locked once. Resolves to
 * { refIndex, proposalHash, started (the block the referendum started in), end (the block its
 * vote ends at), voted (the block of the vote) }. The committee's members must be idle.
 */
export async function upgradeUnderWay (api, accounts, { codeHash, votingPeriod = 8, delay = 600, voter, balance = 10n * CITY }) {
  const { alice, bob, charlie } = accounts;
  // The preimage, the council's motion and the committee's: seven blocks, clear of a launch.
  await clearOfLaunch(api, 8);
  const { authorize, external } = await upgradeProposal(api, codeHash, alice);
  await motion(api, { collective: 'council', threshold: 3, call: external, ayes: [alice, bob, charlie], proposer: alice, closer: alice });
  const fastTracked = await motion(api, {
    collective: 'technicalCommittee', threshold: 2, call: api.tx.democracy.fastTrack(authorize.method.hash, votingPeriod, delay),
    ayes: [alice, bob], proposer: alice, closer: alice
  });
  const started = await block(api, fastTracked.blockHash);
  const refIndex = findEvent(fastTracked.events, 'democracy', 'Started').data.refIndex.toNumber();
  const vote = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance } };
  const voted = await submitOk(api, api.tx.democracy.vote(refIndex, vote), voter);
  return {
    refIndex,
    proposalHash: authorize.method.hash.toHex(),
    started,
    end: started.blockNumber + votingPeriod,
    voted: await block(api, voted.blockHash)
  };
}

/**
 * A council motion left open: `proposer` proposes `call` with `threshold`, `ayes` vote aye and
 * `nays` nay (key pairs, members), and nobody closes it. Resolves to { index, proposalHash }.
 */
export async function openCouncilMotion (api, { call, threshold, proposer, ayes = [], nays = [] }) {
  const index = (await api.query.council.proposalCount()).toNumber();
  await submitOk(api, api.tx.council.propose(threshold, call, call.method.encodedLength), proposer);
  const votes = [...ayes.map((s) => [s, true]), ...nays.map((s) => [s, false])];
  allOk(await together(api, votes.map(([signer, aye]) => [signer, api.tx.council.vote(call.method.hash, index, aye)])), 'the votes');
  return { index, proposalHash: call.method.hash.toHex() };
}

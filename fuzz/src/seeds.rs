//! The seed corpus: named flows a city runs, each a short sequence of calls that succeed from
//! the harness's genesis ([`crate::Genesis`]), so that the fuzzer mutates deep, valid states (a
//! bond series paying coupons, a device handed over and back, a disputed bill) rather than
//! stopping at every call's first check.
//!
//! The flows are written against that genesis as it is: the development preset (council Alice,
//! Bob and Charlie; technical committee Alice and Bob; the population office, issuer 0, with
//! Alice as its clerk; Alice, Bob and Charlie residents; three services in the catalogue) and
//! the harness's `set_up` (the offices of Dave, Eve, Ferdie and One; the air station and the
//! water meter Ferdie registered, the meter bound to Bob). The ids the chain chooses follow
//! from it (`FIRST_CREDENTIAL`, `FIRST_SERVICE`): a change there must be followed here.
//! Anchors carry the chain time of the block they run in, which `Flow` counts from the steps'
//! lapses ([`crate::blocks_after`]; block `n` is at `n` slots).

use crate::{account, device, origin::*, Step, DEVICES};
use city_primitives::{
	credentials::{CredentialKind, Department, METER_OPERATOR_ROLE, PAYROLL_CLERK_ROLE},
	merkle,
	metering::MeterKind,
	treasury::SpendCategory,
};
use city_runtime::{AccountId, Runtime, RuntimeCall, CITY, MICRO_CITY, MILLI_CITY, SLOT_DURATION};
use codec::Encode;
use frame_support::{
	dispatch::GetDispatchInfo,
	traits::{Bounded, Get},
	weights::Weight,
	BoundedVec,
};
use pallet_iot_anchors::{
	reading_leaf, Anchor, DeviceId, DeviceKey, DeviceKind, DevicePolicy, Range, Reading, Summary,
};
use sp_core::{sr25519, H256};
use sp_runtime::{
	traits::{BlakeTwo256, Hash as _},
	MultiSignature, Perbill, Permill,
};

/// The block the first step of an input runs in: the harness's genesis closes block 1.
const FIRST_BLOCK: u32 = 2;

/// The id of the first credential a flow issues: the development preset issues three (the
/// residents Alice, Bob and Charlie), the harness's `set_up` nine (its offices).
const FIRST_CREDENTIAL: u64 = 12;

/// The id of the first service a flow adds: the development preset's catalogue has three
/// (`GENESIS_SERVICES`: 0 parking, 1 the residents' permit, 2 a civil record).
const FIRST_SERVICE: u32 = 3;

/// The seed corpus: named flows, each a valid sequence a city would run (3 to 12 steps, every
/// call succeeding from its origin), named so that the names serve as file names.
pub fn seeds() -> Vec<(&'static str, Vec<Step>)> {
	vec![
		("balances", balances()),
		("identity", identity()),
		("citycoin", citycoin()),
		("reserve_fund", reserve_fund()),
		("bonds", bonds()),
		("vehicles", vehicles()),
		("iot_sensors", iot_sensors()),
		("iot_transfer", iot_transfer()),
		("iot_meter", iot_meter()),
		("council", council()),
		("referendum", referendum()),
	]
}

/// A flow being written: its steps, and how many blocks they close, so that an anchor carries
/// the chain time of the block it runs in.
#[derive(Default)]
struct Flow {
	/// The blocks the steps so far close.
	lapsed: u32,
	/// The steps so far.
	steps: Vec<Step>,
}

impl Flow {
	/// `call` from `origin`, in the current block.
	fn now(&mut self, origin: u8, call: impl Into<RuntimeCall>) {
		self.after(0, origin, call);
	}

	/// `call` from `origin`, after `lapse` ([`crate::blocks_after`]).
	fn after(&mut self, lapse: u8, origin: u8, call: impl Into<RuntimeCall>) {
		self.lapsed += crate::blocks_after(lapse);
		self.steps.push(Step::after(lapse, origin, call));
	}

	/// `from` offers `device` to `to`, who accepts it with the harness's key `key` (a [`device`]
	/// number; the harness signs its proof of possession).
	fn hand_over(&mut self, device: DeviceId, from: u8, to: u8, key: usize) {
		use pallet_iot_anchors::Call as Iot;
		self.now(from, Iot::<Runtime>::offer_transfer { device, to: Some(account(to)) });
		self.now(
			to,
			Iot::<Runtime>::accept_transfer { device, key: key_of(key), proof: placeholder() },
		);
	}

	/// The `sequence`th anchor of the harness's device `which` (a [`device`] number), sent by
	/// its gateway as a general transaction after closing `lapse` blocks, signed at the chain
	/// time of that block (the harness signs it with the device's key, or its relay's): a
	/// batch of `values`, with their summary for a sensor, or a meter's `cumulative` total.
	fn anchor(
		&mut self,
		lapse: u8,
		which: usize,
		sequence: u64,
		values: &[i64],
		cumulative: Option<u64>,
	) {
		let block = FIRST_BLOCK + self.lapsed + crate::blocks_after(lapse);
		let timestamp = u64::from(block) * SLOT_DURATION;
		let call = anchor(device_id(which), sequence, timestamp, values, cumulative);
		self.after(lapse, GENERAL, call);
	}
}

/// The key of the harness's device `which` (a [`device`] number).
fn key_of(which: usize) -> DeviceKey {
	DEVICES[which].public()
}

/// The id of the device registered with the harness's key `which`: it stays the device's id
/// whatever key the device has later.
fn device_id(which: usize) -> DeviceId {
	key_of(which).device_id()
}

/// A signature the harness replaces (an anchor's, a proof of possession of one of its keys).
fn placeholder() -> MultiSignature {
	sr25519::Signature::from_raw([0; 64]).into()
}

/// `text` as the bounded bytes of a call's argument (a name, a plate, a geohash).
fn bounded<S: Get<u32>>(text: &str) -> BoundedVec<u8, S> {
	text.as_bytes()
		.to_vec()
		.try_into()
		.expect("qed: the seeds' texts are written within their arguments' bounds")
}

/// The least, the greatest and the mean (rounded down, so between them) of `values`.
fn summary_of(values: &[i64]) -> Option<Summary> {
	let min = *values.iter().min()?;
	let max = *values.iter().max()?;
	let mean = values.iter().sum::<i64>() / i64::try_from(values.len()).ok()?;
	Some(Summary { min, max, mean })
}

/// The anchor of a batch of `values` of `device`, signed at `timestamp` (ms): its readings
/// taken a second apart up to a second before it, their Merkle root (`reading_leaf` leaves, as
/// a gateway builds it), a sensor's summary or a meter's `cumulative` total. The signature is
/// a placeholder the harness replaces.
fn anchor(
	device: DeviceId,
	sequence: u64,
	timestamp: u64,
	values: &[i64],
	cumulative: Option<u64>,
) -> RuntimeCall {
	let count = u32::try_from(values.len()).expect("qed: a seed's batch has a few readings");
	let leaves: Vec<H256> = (0..count)
		.zip(values)
		.map(|(index, value)| {
			reading_leaf(&Reading {
				device,
				sequence,
				index,
				timestamp: timestamp.saturating_sub(1_000 * u64::from(count - index)),
				value: *value,
				signature: None,
			})
		})
		.collect();
	let summary = if cumulative.is_none() { summary_of(values) } else { None };
	let anchor = Anchor {
		device,
		sequence,
		timestamp,
		root: merkle::root(&leaves),
		count,
		summary,
		cumulative,
	};
	pallet_iot_anchors::Call::<Runtime>::anchor { anchor, signature: placeholder() }.into()
}

/// A remark, the call a scheduled task or a referendum enacts in these flows.
fn remark(text: &[u8]) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: text.to_vec() })
}

/// CITY moving between accounts: Alice funds Two and One (whom the development preset does
/// not endow), Bob opens a new account with a transfer that may create it, Two and One pass
/// money on, Root moves some of Eve's (a court order), One sends all it can spare to Dave,
/// and Charlie pays Alice back.
fn balances() -> Vec<Step> {
	use pallet_balances::Call as Balances;
	let newcomer = AccountId::new([0x42; 32]);
	let mut flow = Flow::default();
	flow.now(
		ALICE,
		Balances::<Runtime>::transfer_keep_alive { dest: account(TWO).into(), value: 1_000 * CITY },
	);
	flow.now(
		ALICE,
		Balances::<Runtime>::transfer_allow_death { dest: account(ONE).into(), value: 500 * CITY },
	);
	flow.now(
		BOB,
		Balances::<Runtime>::transfer_allow_death {
			dest: newcomer.clone().into(),
			value: 10 * CITY,
		},
	);
	flow.after(
		1,
		TWO,
		Balances::<Runtime>::transfer_keep_alive { dest: account(ONE).into(), value: 100 * CITY },
	);
	flow.now(
		ONE,
		Balances::<Runtime>::transfer_allow_death {
			dest: account(CHARLIE).into(),
			value: 50 * CITY,
		},
	);
	flow.now(
		ROOT,
		Balances::<Runtime>::force_transfer {
			source: account(EVE).into(),
			dest: newcomer.into(),
			value: 5 * CITY,
		},
	);
	flow.after(
		1,
		ONE,
		Balances::<Runtime>::transfer_all { dest: account(DAVE).into(), keep_alive: true },
	);
	flow.now(
		CHARLIE,
		Balances::<Runtime>::transfer_keep_alive { dest: account(ALICE).into(), value: CITY },
	);
	flow.steps
}

/// The identity registry at work: Alice, the population office's clerk, makes Dave a resident
/// (with an expiry) and Eve an adult, suspends Dave's credential over doubtful documents and
/// reinstates it a block later, renews it, and revokes Eve's, issued in error; the council
/// gives Two a driving licence and (two thirds of it) a treasurer's office, and registers the
/// vehicle authority with Eve as its clerk, who licenses Bob; Dave erases his credential; the
/// council suspends Two's licence.
fn identity() -> Vec<Step> {
	use pallet_identity_registry::{Call as Registry, RevocationReason, SuspensionReason};
	let daves_residence = FIRST_CREDENTIAL;
	let eves_majority = FIRST_CREDENTIAL + 1;
	let twos_licence = FIRST_CREDENTIAL + 2;
	let mut flow = Flow::default();
	flow.now(
		ALICE,
		Registry::<Runtime>::issue {
			subject: account(DAVE),
			kind: CredentialKind::Resident,
			commitment: H256::repeat_byte(0x21),
			expires_at: Some(1_000),
		},
	);
	flow.now(
		ALICE,
		Registry::<Runtime>::issue {
			subject: account(EVE),
			kind: CredentialKind::Adult,
			commitment: H256::repeat_byte(0x22),
			expires_at: None,
		},
	);
	flow.now(
		ALICE,
		Registry::<Runtime>::suspend {
			id: daves_residence,
			reason: SuspensionReason::DocumentsInDoubt,
		},
	);
	flow.after(1, ALICE, Registry::<Runtime>::reinstate { id: daves_residence });
	flow.now(ALICE, Registry::<Runtime>::renew { id: daves_residence, expires_at: Some(5_000) });
	flow.now(
		ALICE,
		Registry::<Runtime>::revoke { id: eves_majority, reason: RevocationReason::IssuedInError },
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		Registry::<Runtime>::issue_by_council {
			subject: account(TWO),
			kind: CredentialKind::DriversLicence,
			commitment: H256::repeat_byte(0x23),
			expires_at: None,
		},
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		Registry::<Runtime>::issue_by_council {
			subject: account(TWO),
			kind: CredentialKind::Treasurer,
			commitment: H256::repeat_byte(0x24),
			expires_at: None,
		},
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		Registry::<Runtime>::register_issuer {
			department: Department::VehicleAuthority,
			name: bounded("Vehicle Authority"),
			accounts: vec![account(EVE)].try_into().expect("qed: one account, of at most 32"),
			kinds: vec![CredentialKind::DriversLicence]
				.try_into()
				.expect("qed: one kind, of at most 16"),
		},
	);
	flow.now(
		EVE,
		Registry::<Runtime>::issue {
			subject: account(BOB),
			kind: CredentialKind::DriversLicence,
			commitment: H256::repeat_byte(0x25),
			expires_at: Some(10_000),
		},
	);
	flow.now(DAVE, Registry::<Runtime>::erase { id: daves_residence });
	flow.now(
		COUNCIL_TWO_THIRDS,
		Registry::<Runtime>::suspend { id: twos_licence, reason: SuspensionReason::Other(7) },
	);
	flow.steps
}

/// CityCoin: two thirds of the council mint for Dave and burn some of the fund's free money
/// (within the cap), add a service that Eve pays for, as Alice pays for the residents' permit;
/// the council raises the tax and reprices parking; Dave, the payroll clerk, enrols Ferdie
/// (the utility's meter operator) and raises his wage, the council enrols Dave; the council
/// prices gas and caps its plausible use; 31 days later (a jump: the payroll runs in the hook)
/// Ferdie pays for parking.
fn citycoin() -> Vec<Step> {
	use pallet_citycoin::Call as CityCoin;
	let order = H256::repeat_byte(0x0d);
	let mut flow = Flow::default();
	flow.now(
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::mint {
			to: account(DAVE),
			amount: 1_000 * CITY,
			reference: H256::repeat_byte(0x01),
		},
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::burn { amount: 500 * CITY, reference: H256::repeat_byte(0x02) },
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::add_service {
			name: bounded("Bulky waste pickup"),
			department: Department::PublicWorks,
			price: 15 * CITY,
			resident_only: false,
		},
	);
	// 15 CITY and the 5% tax.
	flow.now(
		EVE,
		CityCoin::<Runtime>::pay_for_service {
			id: FIRST_SERVICE,
			max_total: 16 * CITY,
			reference: order,
		},
	);
	// The residents' permit: 20 CITY and the 5% tax.
	flow.now(
		ALICE,
		CityCoin::<Runtime>::pay_for_service { id: 1, max_total: 21 * CITY, reference: order },
	);
	flow.after(
		1,
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::set_tax_rate { rate: Permill::from_percent(8) },
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::update_service {
			id: 0,
			price: 3 * CITY,
			resident_only: false,
			active: true,
		},
	);
	flow.now(
		DAVE,
		CityCoin::<Runtime>::enrol {
			who: account(FERDIE),
			department: Department::Utilities,
			role: METER_OPERATOR_ROLE,
			wage: 300 * CITY,
		},
	);
	flow.now(DAVE, CityCoin::<Runtime>::set_wage { who: account(FERDIE), wage: 350 * CITY });
	flow.now(
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::enrol {
			who: account(DAVE),
			department: Department::Finance,
			role: PAYROLL_CLERK_ROLE,
			wage: 500 * CITY,
		},
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::set_tariff { kind: MeterKind::Gas, price: Some(2 * MILLI_CITY) },
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::set_usage_cap { kind: MeterKind::Gas, cap: Some(5_000) },
	);
	// A pay period (30 days) later the payroll runs in the block's hook; Ferdie pays for parking.
	flow.after(
		crate::JUMP + 31,
		FERDIE,
		CityCoin::<Runtime>::pay_for_service { id: 0, max_total: 4 * CITY, reference: order },
	);
	flow.steps
}

/// The reserve fund: Alice donates; two thirds of the council give grants a budget; Dave, a
/// treasurer, makes a grant to Charlie within his cap, the council pays Bob for public works,
/// Root an emergency; the council awards Two a contract of two milestones, Eve (an inspector)
/// certifies the first, the technical committee disputes it, Eve certifies it again and the
/// second; Root sets a reserve floor and the council removes the grants' budget; three days
/// later (a jump past the two-day challenge period) One releases the second milestone.
fn reserve_fund() -> Vec<Step> {
	use pallet_reserve_fund::Call as Fund;
	let mut flow = Flow::default();
	flow.now(ALICE, Fund::<Runtime>::donate { amount: 50_000 * CITY, memo: H256::repeat_byte(1) });
	flow.now(
		COUNCIL_TWO_THIRDS,
		Fund::<Runtime>::set_budget { category: SpendCategory::Grants, limit: 10_000 * CITY },
	);
	flow.now(
		DAVE,
		Fund::<Runtime>::spend {
			category: SpendCategory::Grants,
			amount: 800 * CITY,
			to: account(CHARLIE),
			reference: H256::repeat_byte(2),
		},
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		Fund::<Runtime>::spend {
			category: SpendCategory::PublicWorks,
			amount: 5_000 * CITY,
			to: account(BOB),
			reference: H256::repeat_byte(3),
		},
	);
	flow.now(
		ROOT,
		Fund::<Runtime>::spend {
			category: SpendCategory::Emergency,
			amount: 1_000 * CITY,
			to: account(EVE),
			reference: H256::repeat_byte(4),
		},
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		Fund::<Runtime>::award_contract {
			contractor: account(TWO),
			milestones: vec![
				(2_000 * CITY, H256::repeat_byte(0xa1)),
				(3_000 * CITY, H256::repeat_byte(0xa2)),
			]
			.try_into()
			.expect("qed: two milestones, of at most 16"),
		},
	);
	flow.now(EVE, Fund::<Runtime>::certify_milestone { id: 0, milestone: 0 });
	flow.now(COMMITTEE_ALL, Fund::<Runtime>::dispute_milestone { id: 0, milestone: 0 });
	flow.after(1, EVE, Fund::<Runtime>::certify_milestone { id: 0, milestone: 0 });
	flow.now(EVE, Fund::<Runtime>::certify_milestone { id: 0, milestone: 1 });
	flow.now(ROOT, Fund::<Runtime>::set_reserve_floor { floor: Permill::from_percent(10) });
	flow.now(
		COUNCIL_TWO_THIRDS,
		Fund::<Runtime>::remove_budget { category: SpendCategory::Grants },
	);
	// The challenge period (two days) over, anyone releases the certified milestone.
	flow.after(crate::JUMP + 3, ONE, Fund::<Runtime>::release_milestone { id: 0, milestone: 1 });
	flow.steps
}

/// A bond series from issue to redemption: Root raises the debt ceiling; two thirds of the
/// council issue a series of 3 coupon periods of 20 blocks, its window ending at block 10, at
/// a coupon rate within the council's 10% a year; Bob and Charlie (residents) and Dave
/// subscribe; Ferdie closes the window; Bob claims the first coupon and sells 40 units to
/// Charlie; Dave claims two coupons; at maturity (block 70) all three redeem, closing it.
fn bonds() -> Vec<Step> {
	use pallet_bonds::{Call as Bonds, Terms, TermsOf};
	let terms: TermsOf<Runtime> = Terms {
		name: bounded("Riverside school"),
		purpose: H256::repeat_byte(0x5c),
		contract: None,
		face: 10 * CITY,
		// 300 per billion a period of 20 blocks: 7.9% a year.
		coupon_rate: Perbill::from_parts(300),
		coupon_period: 20,
		periods: 3,
		units: 1_000,
		subscription_end: 10,
		min_units: 10,
		resident_units: 500,
	};
	let mut flow = Flow::default();
	// Block 2.
	flow.now(ROOT, Bonds::<Runtime>::set_debt_ceiling { ceiling: 2_000_000 * CITY });
	flow.now(COUNCIL_TWO_THIRDS, Bonds::<Runtime>::issue { terms });
	flow.now(BOB, Bonds::<Runtime>::subscribe { id: 0, units: 100 });
	flow.now(DAVE, Bonds::<Runtime>::subscribe { id: 0, units: 50 });
	// Block 3.
	flow.after(1, CHARLIE, Bonds::<Runtime>::subscribe { id: 0, units: 20 });
	// Block 11: the window is over.
	flow.after(8, FERDIE, Bonds::<Runtime>::close_subscription { id: 0 });
	// Block 31: period 1 ended at block 30.
	flow.after(20, BOB, Bonds::<Runtime>::claim_coupons { id: 0 });
	flow.now(BOB, Bonds::<Runtime>::transfer { id: 0, to: account(CHARLIE), units: 40 });
	// Block 51: period 2 ended at block 50.
	flow.after(20, DAVE, Bonds::<Runtime>::claim_coupons { id: 0 });
	// Block 71: matured at block 70.
	flow.after(20, BOB, Bonds::<Runtime>::redeem { id: 0, units: 60 });
	flow.now(DAVE, Bonds::<Runtime>::redeem { id: 0, units: 50 });
	flow.now(CHARLIE, Bonds::<Runtime>::redeem { id: 0, units: 60 });
	flow.steps
}

/// A car's life: Alice (a resident) applies for a North American VIN, Eve (the vehicle
/// clerk) registers it as `CITY-1` and inspects it; the council prices parking zone 1 and
/// Alice buys two months of it; Ferdie (police) fines the plate twice, Alice disputes the
/// first, which Ferdie (an adjudicator too) dismisses, and pays the second; she sells the car
/// to Bob, who pays her and the transfer tax.
fn vehicles() -> Vec<Step> {
	use pallet_vehicle_registry::Call as Vehicles;
	let fine = |evidence: u8| Vehicles::<Runtime>::issue_fine {
		plate: bounded("CITY-1"),
		amount: 40 * CITY,
		offence: 12,
		evidence: H256::repeat_byte(evidence),
		deadline: 1_000,
	};
	let mut flow = Flow::default();
	flow.now(
		ALICE,
		Vehicles::<Runtime>::apply {
			vin: bounded("1M8GDM9AXKP042788"),
			make: bounded("Ford"),
			model: bounded("Transit"),
			year: 1989,
		},
	);
	flow.now(EVE, Vehicles::<Runtime>::approve { vehicle: 0, plate: bounded("CITY-1") });
	flow.now(
		EVE,
		Vehicles::<Runtime>::inspect {
			vehicle: 0,
			passed: true,
			odometer: 50_000,
			report: H256::repeat_byte(0x1e),
		},
	);
	flow.now(
		COUNCIL_TWO_THIRDS,
		Vehicles::<Runtime>::set_zone_price { zone: 1, price: Some(3 * CITY) },
	);
	flow.now(ALICE, Vehicles::<Runtime>::buy_permit { vehicle: 0, zone: 1, periods: 2 });
	flow.now(FERDIE, fine(0xe1));
	flow.now(FERDIE, fine(0xe2));
	flow.now(
		ALICE,
		Vehicles::<Runtime>::dispute_fine { fine: 0, evidence: H256::repeat_byte(0xa1) },
	);
	flow.now(FERDIE, Vehicles::<Runtime>::dismiss_fine { fine: 0 });
	flow.after(1, ALICE, Vehicles::<Runtime>::pay_fine { fine: 1 });
	flow.now(
		ALICE,
		Vehicles::<Runtime>::offer { vehicle: 0, buyer: account(BOB), price: Some(10_000 * CITY) },
	);
	flow.now(BOB, Vehicles::<Runtime>::accept { vehicle: 0, price: Some(10_000 * CITY) });
	flow.steps
}

/// Public sensors: Ferdie registers a noise sensor; the air station anchors a batch a block
/// (as the development policy allows); Ferdie puts the noise sensor behind a relay (the spare
/// key), which anchors its first batch; he suspends the air station for a block and resumes
/// it; the council narrows air quality's plausible range, and the station's next batch falls
/// outside it (recorded as implausible); the city suspends and resumes the noise sensor.
fn iot_sensors() -> Vec<Step> {
	use pallet_iot_anchors::Call as Iot;
	let (air, noise) = (device_id(device::AIR), device_id(device::NOISE));
	let mut flow = Flow::default();
	// Block 2.
	flow.now(
		FERDIE,
		Iot::<Runtime>::register {
			key: key_of(device::NOISE),
			kind: DeviceKind::Noise,
			location: bounded("u33dbfcz"),
			proof: placeholder(),
		},
	);
	flow.anchor(0, device::AIR, 0, &[12_000, 14_500, 13_250], None);
	// Block 3.
	flow.anchor(1, device::AIR, 1, &[13_000, 12_750], None);
	flow.now(
		FERDIE,
		Iot::<Runtime>::set_relay { device: noise, relay: Some(key_of(device::SPARE)) },
	);
	flow.anchor(0, device::NOISE, 0, &[55_000, 61_000, 58_500], None);
	flow.now(FERDIE, Iot::<Runtime>::suspend { device: air });
	// Block 4.
	flow.after(1, FERDIE, Iot::<Runtime>::resume { device: air });
	flow.anchor(0, device::AIR, 2, &[11_500], None);
	flow.now(
		COUNCIL_TWO_THIRDS,
		Iot::<Runtime>::set_plausible_range {
			kind: DeviceKind::AirQuality,
			range: Some(Range { min: 0, max: 500_000 }),
		},
	);
	// Block 5.
	flow.anchor(1, device::AIR, 3, &[420_000, 610_000, 480_000], None);
	flow.now(COUNCIL_TWO_THIRDS, Iot::<Runtime>::city_suspend { device: noise });
	flow.now(COUNCIL_TWO_THIRDS, Iot::<Runtime>::city_resume { device: noise });
	flow.steps
}

/// A device changing hands: the council makes Eve a device operator; Ferdie offers her the
/// air station and she takes it with a key of her own (the spare), which signs its next
/// batch; she rotates it to the noise key, which signs the next; she hands it back to Ferdie,
/// who takes it with the station's first key, which signs the next; the council sets a policy
/// for weather stations.
fn iot_transfer() -> Vec<Step> {
	use pallet_iot_anchors::Call as Iot;
	let air = device_id(device::AIR);
	let mut flow = Flow::default();
	// Block 2.
	flow.now(
		COUNCIL_TWO_THIRDS,
		pallet_identity_registry::Call::<Runtime>::issue_by_council {
			subject: account(EVE),
			kind: CredentialKind::DeviceOperator,
			commitment: H256::repeat_byte(0x31),
			expires_at: None,
		},
	);
	flow.hand_over(air, FERDIE, EVE, device::SPARE);
	flow.anchor(0, device::AIR, 0, &[9_000, 9_500], None);
	// Block 3.
	flow.after(
		1,
		EVE,
		Iot::<Runtime>::rotate_key {
			device: air,
			key: key_of(device::NOISE),
			proof: placeholder(),
		},
	);
	flow.anchor(0, device::AIR, 1, &[10_250], None);
	flow.hand_over(air, EVE, FERDIE, device::AIR);
	// Block 4.
	flow.anchor(1, device::AIR, 2, &[8_750, 9_125], None);
	flow.now(
		COUNCIL_TWO_THIRDS,
		Iot::<Runtime>::set_policy {
			kind: DeviceKind::Weather,
			policy: Some(DevicePolicy { max_per_owner: 10, min_interval: 5 }),
		},
	);
	flow.steps
}

/// Bob's water meter, an anchor every other block (the development policy): a baseline; 5
/// litres in 12 s, plausible, paid at once; 900 litres in 12 s, implausible, held as an open
/// bill, which Bob disputes, the council resolves down to 100 litres' worth and Bob settles;
/// 5 litres more, paid; Ferdie resets the meter (a new one: its next total is a baseline),
/// binds it to Charlie, who accepts, and the meter goes on reading.
fn iot_meter() -> Vec<Step> {
	use pallet_citycoin::Call as CityCoin;
	use pallet_iot_anchors::Call as Iot;
	let meter = device_id(device::METER);
	let mut flow = Flow::default();
	// Block 2.
	flow.anchor(0, device::METER, 0, &[10_000], Some(10_000));
	// Block 4.
	flow.anchor(2, device::METER, 1, &[10_005], Some(10_005));
	// Block 6.
	flow.anchor(2, device::METER, 2, &[10_905], Some(10_905));
	flow.now(BOB, CityCoin::<Runtime>::dispute_bill { meter, evidence: H256::repeat_byte(0xb0) });
	// A thousandth of a CITY a litre.
	flow.now(
		COUNCIL_TWO_THIRDS,
		CityCoin::<Runtime>::resolve_bill {
			consumer: account(BOB),
			meter,
			amount: 100 * 1_000 * MICRO_CITY,
		},
	);
	flow.now(BOB, CityCoin::<Runtime>::settle_bill { consumer: account(BOB), meter });
	// Block 8.
	flow.anchor(2, device::METER, 3, &[10_910], Some(10_910));
	flow.now(FERDIE, Iot::<Runtime>::reset_meter { device: meter });
	// Block 10.
	flow.anchor(2, device::METER, 4, &[3], Some(3));
	flow.now(
		FERDIE,
		Iot::<Runtime>::propose_consumer { device: meter, consumer: Some(account(CHARLIE)) },
	);
	flow.now(CHARLIE, Iot::<Runtime>::accept_consumer { device: meter });
	// Block 12.
	flow.anchor(2, device::METER, 5, &[8], Some(8));
	flow.steps
}

/// A council motion: the proposal, with the hash, length and weight its members' calls name.
struct Motion {
	/// What the council would dispatch.
	proposal: RuntimeCall,
	/// Its hash: the motion's name in `vote` and `close`.
	hash: H256,
	/// Its encoded length: every call's `length_bound`.
	length: u32,
	/// Its weight: `close`'s `proposal_weight_bound`.
	weight: Weight,
}

impl Motion {
	/// The motion of `proposal`.
	fn of(proposal: impl Into<RuntimeCall>) -> Self {
		let proposal = proposal.into();
		let hash = BlakeTwo256::hash_of(&proposal);
		let length = u32::try_from(proposal.encoded_size())
			.expect("qed: a motion's proposal is a few dozen bytes");
		let weight = proposal.get_dispatch_info().call_weight;
		Motion { proposal, hash, length, weight }
	}

	/// A member proposes it, to pass with `threshold` ayes.
	fn propose(&self, threshold: u32) -> RuntimeCall {
		RuntimeCall::Council(pallet_collective::Call::propose {
			threshold,
			proposal: Box::new(self.proposal.clone()),
			length_bound: self.length,
		})
	}

	/// A member votes on it, the council's motion number `index`.
	fn vote(&self, index: u32, approve: bool) -> RuntimeCall {
		RuntimeCall::Council(pallet_collective::Call::vote { proposal: self.hash, index, approve })
	}

	/// Anyone closes it: dispatched if approved, dropped if it cannot be.
	fn close(&self, index: u32) -> RuntimeCall {
		RuntimeCall::Council(pallet_collective::Call::close {
			proposal_hash: self.hash,
			index,
			proposal_weight_bound: self.weight,
			length_bound: self.length,
		})
	}
}

/// The council and Root at work: Alice proposes that two thirds of the council mint for Dave,
/// Alice and Bob vote aye and Charlie closes it, which mints; Bob proposes, unanimity needed,
/// a tax rise, Charlie votes nay and Alice closes it, rejected; Root schedules a remark every
/// other block three times, and another in ten blocks, which it cancels a block later; Alice
/// remarks, and three blocks later the scheduled remarks have run.
fn council() -> Vec<Step> {
	use pallet_scheduler::Call as Scheduler;
	let mint = Motion::of(pallet_citycoin::Call::<Runtime>::mint {
		to: account(DAVE),
		amount: 1_000 * CITY,
		reference: H256::repeat_byte(0x3a),
	});
	let tax = Motion::of(pallet_citycoin::Call::<Runtime>::set_tax_rate {
		rate: Permill::from_percent(7),
	});
	let task = [7; 32];
	let mut flow = Flow::default();
	// Motion 0, block 2.
	flow.now(ALICE, mint.propose(2));
	flow.now(ALICE, mint.vote(0, true));
	flow.now(BOB, mint.vote(0, true));
	flow.now(CHARLIE, mint.close(0));
	// Motion 1.
	flow.now(BOB, tax.propose(3));
	flow.now(CHARLIE, tax.vote(1, false));
	flow.now(ALICE, tax.close(1));
	flow.now(
		ROOT,
		Scheduler::<Runtime>::schedule_after {
			after: 3,
			maybe_periodic: Some((2, 3)),
			priority: 63,
			call: Box::new(remark(b"street lights on")),
		},
	);
	flow.now(
		ROOT,
		Scheduler::<Runtime>::schedule_named_after {
			id: task,
			after: 10,
			maybe_periodic: None,
			priority: 0,
			call: Box::new(remark(b"close the bridge")),
		},
	);
	// Block 3.
	flow.after(1, ROOT, Scheduler::<Runtime>::cancel_named { id: task });
	flow.now(
		ALICE,
		frame_system::Call::<Runtime>::remark_with_event {
			remark: b"city hall opens at nine".to_vec(),
		},
	);
	// Block 6.
	flow.after(3, BOB, frame_system::Call::<Runtime>::remark { remark: b"noted".to_vec() });
	flow.steps
}

/// `call` as a proposal carried inline, with no preimage to note.
fn inline(call: RuntimeCall) -> pallet_democracy::BoundedCallOf<Runtime> {
	Bounded::Inline(
		call.encode()
			.try_into()
			.expect("qed: a short remark's call is within the 128 bytes of an inline proposal"),
	)
}

/// Residents and their referendum: Alice (a resident) proposes a remark publicly, with the
/// least deposit, and Bob seconds it; the whole council proposes another externally, by simple
/// majority, and the whole technical committee fast-tracks it to a five-block vote; Alice
/// votes aye with conviction, Bob nay, Charlie splits his vote; Bob takes his back. The flow
/// stops before the public proposal's launch (block 20) and the referendum's end (block 7).
fn referendum() -> Vec<Step> {
	use pallet_democracy::{AccountVote, Call as Democracy, Conviction, Vote};
	let external = inline(remark(b"repaint the town hall"));
	let hash = external.hash();
	let standard = |aye, conviction, balance| AccountVote::Standard {
		vote: Vote { aye, conviction },
		balance,
	};
	let mut flow = Flow::default();
	// Block 2.
	flow.now(
		ALICE,
		Democracy::<Runtime>::propose {
			proposal: inline(remark(b"plant 500 trees")),
			value: 100 * CITY,
		},
	);
	flow.now(BOB, Democracy::<Runtime>::second { proposal: 0 });
	flow.now(COUNCIL_ALL, Democracy::<Runtime>::external_propose_majority { proposal: external });
	flow.now(
		COMMITTEE_ALL,
		Democracy::<Runtime>::fast_track { proposal_hash: hash, voting_period: 5, delay: 2 },
	);
	flow.now(
		ALICE,
		Democracy::<Runtime>::vote {
			ref_index: 0,
			vote: standard(true, Conviction::Locked1x, 10 * CITY),
		},
	);
	flow.now(
		BOB,
		Democracy::<Runtime>::vote {
			ref_index: 0,
			vote: standard(false, Conviction::None, 5 * CITY),
		},
	);
	// Block 3.
	flow.after(
		1,
		CHARLIE,
		Democracy::<Runtime>::vote {
			ref_index: 0,
			vote: AccountVote::Split { aye: 3 * CITY, nay: CITY },
		},
	);
	// Block 4.
	flow.after(1, BOB, Democracy::<Runtime>::remove_vote { index: 0 });
	flow.steps
}

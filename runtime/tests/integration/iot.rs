//! The IoT anchors in the real runtime: a device operator's air station and the utility's water
//! meter register with their keys' proofs of possession, and the resident the meter bills
//! accepts it; anchors arrive as general transactions nobody signs or pays for, authorized by
//! the pallet through the runtime's `AuthorizeCall` extension; a replay, a forgery and a second
//! anchor in one block are refused before they are applied; the meter's consumption is billed
//! by CityCoin into the reserve fund.

use crate::common::*;
use city_primitives::{
	credentials::{CredentialKind, MeterOperator},
	merkle,
	metering::MeterKind,
	treasury::Inflow,
};
use city_runtime::{
	IotAnchors, Runtime, RuntimeCall, RuntimeEvent, System, UncheckedExtrinsic, MICRO_CITY,
};
use codec::Encode;
use frame_support::assert_ok;
use frame_support::traits::Get;
use pallet_iot_anchors::{
	anchor_message, possession_message, reading_leaf, Anchor, DeviceKey, DeviceKind, Event,
	Reading, Verdict,
};
use sp_core::{ed25519, sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring::{Bob, Ferdie};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	MultiSignature,
};

fn genesis() -> H256 {
	IotAnchors::genesis()
}

pub fn location(text: &str) -> pallet_iot_anchors::Geohash {
	text.as_bytes().to_vec().try_into().expect("short")
}

/// The general transaction that anchors `anchor` with `signature`, as the gateway sends it.
pub fn anchor_extrinsic(anchor: &Anchor, signature: MultiSignature) -> UncheckedExtrinsic {
	let call = RuntimeCall::IotAnchors(pallet_iot_anchors::Call::anchor {
		anchor: anchor.clone(),
		signature,
	});
	UncheckedExtrinsic::new_transaction(call, tx_extension(0, 0))
}

/// The next anchor of the device of `key`: `values` read up to now, a meter's `cumulative`.
pub fn next_anchor(
	key: &DeviceKey,
	values: &[i64],
	cumulative: Option<u64>,
) -> (Anchor, Vec<Reading>) {
	next_anchor_of(key.device_id(), values, cumulative)
}

/// The next anchor of `device` (whatever its key now): `values` read up to now, a meter's
/// `cumulative`.
pub fn next_anchor_of(
	device: pallet_iot_anchors::DeviceId,
	values: &[i64],
	cumulative: Option<u64>,
) -> (Anchor, Vec<Reading>) {
	let sequence =
		pallet_iot_anchors::Devices::<Runtime>::get(device).map_or(0, |d| d.next_sequence);
	let now = pallet_timestamp::Now::<Runtime>::get();
	let readings: Vec<Reading> = values
		.iter()
		.enumerate()
		.map(|(i, value)| Reading {
			device,
			sequence,
			index: i as u32,
			timestamp: now - 1_000 * (values.len() - i) as u64,
			value: *value,
			signature: None,
		})
		.collect();
	let leaves: Vec<H256> = readings.iter().map(reading_leaf).collect();
	let anchor = Anchor {
		device,
		sequence,
		timestamp: now,
		root: merkle::root(&leaves),
		count: readings.len() as u32,
		summary: None,
		cumulative,
	};
	(anchor, readings)
}

#[test]
fn devices_anchor_for_free_and_meters_are_billed() {
	dev(|| {
		grant(Ferdie, CredentialKind::DeviceOperator);
		grant(Ferdie, MeterOperator::get());
		let station = sr25519::Pair::from_string("//AirStation1", None).expect("a key");
		let meter = ed25519::Pair::from_string("//BobsWaterMeter", None).expect("a key");
		let station_key = DeviceKey::Sr25519(station.public());
		let meter_key = DeviceKey::Ed25519(meter.public());

		// Ferdie (an operator, and the utility's meter operator) registers the station and the
		// meter; Bob (a resident) may register neither.
		let proof = station.sign(&possession_message(&genesis(), &account(Ferdie)));
		assert_ok!(send(
			Ferdie,
			pallet_iot_anchors::Call::register {
				key: station_key.clone(),
				kind: DeviceKind::AirQuality,
				location: location("u33dbfcy"),
				proof: proof.into(),
			}
		));
		let proof: MultiSignature =
			meter.sign(&possession_message(&genesis(), &account(Bob))).into();
		assert_eq!(
			send(
				Bob,
				pallet_iot_anchors::Call::register {
					key: meter_key.clone(),
					kind: DeviceKind::Noise,
					location: location("u33db"),
					proof: proof.clone(),
				}
			),
			Err(pallet_iot_anchors::Error::<Runtime>::NotAnOperator.into())
		);
		assert_eq!(
			send(
				Bob,
				pallet_iot_anchors::Call::register {
					key: meter_key.clone(),
					kind: DeviceKind::Meter(MeterKind::Water),
					location: location("u33db"),
					proof,
				}
			),
			Err(pallet_iot_anchors::Error::<Runtime>::NotAMeterOperator.into())
		);
		let proof: MultiSignature =
			meter.sign(&possession_message(&genesis(), &account(Ferdie))).into();
		assert_ok!(send(
			Ferdie,
			pallet_iot_anchors::Call::register {
				key: meter_key.clone(),
				kind: DeviceKind::Meter(MeterKind::Water),
				location: location("u33db"),
				proof,
			}
		));
		// The utility binds the meter to Bob, who accepts being billed for it.
		let meter_id = meter_key.device_id();
		assert_ok!(send(
			Ferdie,
			pallet_iot_anchors::Call::propose_consumer {
				device: meter_id,
				consumer: Some(account(Bob))
			}
		));
		assert_ok!(send(Bob, pallet_iot_anchors::Call::accept_consumer { device: meter_id }));

		// The station's first batch, anchored by a general transaction: no fee, no signer.
		next_block();
		let (anchor, readings) = next_anchor(&station_key, &[12_000, 14_500, 13_250], None);
		let signature: MultiSignature =
			station.sign(&anchor_message(&genesis(), &station_key, &anchor)).into();
		let xt = anchor_extrinsic(&anchor, signature.clone());
		let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
		assert_eq!(apply(xt.clone()), Ok(Ok(())));
		assert!(fee_paid().is_empty(), "nobody pays for an anchor");
		assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), issuance);
		assert!(events().contains(&RuntimeEvent::IotAnchors(Event::Anchored {
			device: station_key.device_id(),
			sequence: 0,
			root: anchor.root,
			count: 3,
			timestamp: anchor.timestamp,
			summary: None,
			cumulative: None,
		})));

		// Anyone proves a reading with the runtime API's check; a changed value is refused.
		let leaves: Vec<H256> = readings.iter().map(reading_leaf).collect();
		let path = merkle::prove(&leaves, 1).expect("a leaf");
		assert!(matches!(
			IotAnchors::verify_reading(&readings[1], path.clone()),
			Verdict::Proven { root, .. } if root == anchor.root
		));
		let mut changed = readings[1].clone();
		changed.value += 1;
		assert_eq!(IotAnchors::verify_reading(&changed, path), Verdict::NotProven);

		// The same transaction again is a replay; the next sequence number in the same block
		// is over the rate limit; a forgery is a bad proof. None is applied.
		assert_eq!(apply(xt), Err(TransactionValidityError::Invalid(InvalidTransaction::Stale)));
		let (mut early, _) = next_anchor(&station_key, &[1], None);
		early.timestamp += 1;
		let early_signature =
			station.sign(&anchor_message(&genesis(), &station_key, &early)).into();
		let rate_limited = pallet_iot_anchors::Error::<Runtime>::RateLimited.encode()[0];
		assert_eq!(
			apply(anchor_extrinsic(&early, early_signature)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(rate_limited)))
		);
		next_block();
		let (next, _) = next_anchor(&station_key, &[1], None);
		let forged = sr25519::Pair::from_string("//Forger", None).expect("a key");
		let forged = forged.sign(&anchor_message(&genesis(), &station_key, &next)).into();
		assert_eq!(
			apply(anchor_extrinsic(&next, forged)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);

		// Bob's meter: the first anchor sets the baseline, the second, an hour later, is billed
		// by CityCoin (400 litres in an hour is within the 2,000 l/h a household can use).
		let (first, _) = next_anchor(&meter_key, &[10_000], Some(10_000));
		let signature = meter.sign(&anchor_message(&genesis(), &meter_key, &first)).into();
		assert_eq!(apply(anchor_extrinsic(&first, signature)), Ok(Ok(())));
		jump_to_block(System::block_number() + city_runtime::HOURS);
		let bob = free(&account(Bob));
		let (second, _) = next_anchor(&meter_key, &[10_400], Some(10_400));
		let signature = meter.sign(&anchor_message(&genesis(), &meter_key, &second)).into();
		assert_eq!(apply(anchor_extrinsic(&second, signature)), Ok(Ok(())));
		// 400 litres at a thousandth of a CITY each.
		let bill = 400 * 1_000 * MICRO_CITY;
		assert!(events().contains(&RuntimeEvent::CityCoin(pallet_citycoin::Event::Billed {
			consumer: account(Bob),
			meter: meter_key.device_id(),
			kind: MeterKind::Water,
			units: 400,
			amount: bill,
			paid: true,
		})));
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::ReserveFund(pallet_reserve_fund::Event::Received {
				inflow: Inflow::MeteredBill,
				amount,
				..
			}) if *amount == bill
		)));
		assert_eq!(free(&account(Bob)), bob - bill);
		// Ferdie, who installed and keys the meter, is never billed for it.
		assert!(!events().iter().any(|e| matches!(
			e,
			RuntimeEvent::CityCoin(pallet_citycoin::Event::Billed { consumer, .. })
				if *consumer == account(Ferdie)
		)));
	});
}

//! The billed party does not control its own meter, and a meter does not drain a household:
//! the utility keys the meter and the consumer only accepts to be billed; a previous owner's
//! key dies with a transfer; a forged huge reading is held, not paid; meters publish no
//! consumption profile.

use crate::{
	common::*,
	iot::{anchor_extrinsic, location, next_anchor, next_anchor_of},
};
use city_primitives::credentials::MeterOperator;
use city_runtime::{IotAnchors, Runtime, RuntimeEvent, System, HOURS};
use codec::Encode;
use frame_support::traits::Get;
use pallet_iot_anchors::{
	anchor_message, possession_message, DeviceId, DeviceKey, DeviceKind, Error, Summary,
};
use sp_core::{ed25519, Pair};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Eve, Ferdie};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	MultiSignature,
};

fn water() -> DeviceKind {
	DeviceKind::Meter(city_primitives::metering::MeterKind::Water)
}

/// Ferdie, the utility's meter operator, installs the meter keyed by `pair` and binds it to
/// `consumer`, who accepts. Answers its id.
fn installed_for(pair: &ed25519::Pair, consumer: Sr25519Keyring) -> DeviceId {
	grant(Ferdie, MeterOperator::get());
	let key = DeviceKey::Ed25519(pair.public());
	let proof: MultiSignature =
		pair.sign(&possession_message(&IotAnchors::genesis(), &account(Ferdie))).into();
	frame_support::assert_ok!(send(
		Ferdie,
		pallet_iot_anchors::Call::register {
			key: key.clone(),
			kind: water(),
			location: location("u33db"),
			proof
		}
	));
	let device = key.device_id();
	frame_support::assert_ok!(send(
		Ferdie,
		pallet_iot_anchors::Call::propose_consumer { device, consumer: Some(account(consumer)) }
	));
	frame_support::assert_ok!(send(consumer, pallet_iot_anchors::Call::accept_consumer { device }));
	device
}

/// The next anchor of the meter first keyed `key` (signed by `signer`, with `signer`'s key as
/// the signing key), with cumulative reading `total`.
fn reading(
	key: &DeviceKey,
	signer: &ed25519::Pair,
	total: u64,
) -> (pallet_iot_anchors::Anchor, city_runtime::UncheckedExtrinsic) {
	reading_of(key.device_id(), &DeviceKey::Ed25519(signer.public()), signer, total)
}

/// The next anchor of meter `device`, signed by `signer` under `key`.
fn reading_of(
	device: DeviceId,
	key: &DeviceKey,
	signer: &ed25519::Pair,
	total: u64,
) -> (pallet_iot_anchors::Anchor, city_runtime::UncheckedExtrinsic) {
	let (anchor, _) = next_anchor_of(device, &[total as i64], Some(total));
	let signature = signer.sign(&anchor_message(&IotAnchors::genesis(), key, &anchor)).into();
	(anchor.clone(), anchor_extrinsic(&anchor, signature))
}

fn billed(consumer: Sr25519Keyring) -> Vec<pallet_citycoin::Event<Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::CityCoin(
				event @ (pallet_citycoin::Event::Billed { .. }
				| pallet_citycoin::Event::BillHeld { .. }),
			) => Some(event),
			_ => None,
		})
		.filter(|event| match event {
			pallet_citycoin::Event::Billed { consumer: c, .. }
			| pallet_citycoin::Event::BillHeld { consumer: c, .. } => *c == account(consumer),
			_ => false,
		})
		.collect()
}

#[test]
fn a_previous_owner_who_kept_the_meter_key_cannot_bill_the_consumer() {
	dev(|| {
		let old = ed25519::Pair::from_string("//Meter", None).expect("a key");
		let device = installed_for(&old, Bob);
		let key = DeviceKey::Ed25519(old.public());
		let (_, baseline) = reading(&key, &old, 1_000);
		assert_eq!(apply(baseline), Ok(Ok(())));
		// The meter moves to another utility account, Eve's, with Eve's key.
		grant(Eve, MeterOperator::get());
		frame_support::assert_ok!(send(
			Ferdie,
			pallet_iot_anchors::Call::offer_transfer { device, to: Some(account(Eve)) }
		));
		let new = ed25519::Pair::from_string("//EvesMeterKey", None).expect("a key");
		let new_key = DeviceKey::Ed25519(new.public());
		let proof: MultiSignature =
			new.sign(&possession_message(&IotAnchors::genesis(), &account(Eve))).into();
		frame_support::assert_ok!(send(
			Eve,
			pallet_iot_anchors::Call::accept_transfer { device, key: new_key.clone(), proof }
		));
		jump_to_block(System::block_number() + HOURS);
		// Ferdie still has the old key and signs a reading of a million litres.
		let bob = free(&account(Bob));
		let (forged, xt) = reading(&key, &old, 1_000_000);
		assert_eq!(forged.device, device);
		assert_eq!(
			pool_validate(xt.clone()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		assert_eq!(apply(xt), Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof)));
		assert_eq!(free(&account(Bob)), bob);
		assert!(billed(Bob).is_empty());
		// Eve's key reads the meter; Bob is billed for what he used.
		let (_, honest) = reading_of(device, &new_key, &new, 1_300);
		assert_eq!(apply(honest), Ok(Ok(())));
		assert!(matches!(
			billed(Bob).as_slice(),
			[pallet_citycoin::Event::Billed { units: 300, paid: true, .. }]
		));
	});
}

#[test]
fn a_previous_consumer_is_billed_no_more_once_the_next_accepts() {
	dev(|| {
		let pair = ed25519::Pair::from_string("//Meter", None).expect("a key");
		let device = installed_for(&pair, Bob);
		let key = DeviceKey::Ed25519(pair.public());
		assert_eq!(apply(reading(&key, &pair, 1_000).1), Ok(Ok(())));
		// Bob moves out; Charlie moves in and accepts the meter.
		frame_support::assert_ok!(send(
			Ferdie,
			pallet_iot_anchors::Call::propose_consumer { device, consumer: Some(account(Charlie)) }
		));
		frame_support::assert_ok!(send(
			Charlie,
			pallet_iot_anchors::Call::accept_consumer { device }
		));
		// Charlie's baseline, then an hour of his consumption.
		jump_to_block(System::block_number() + HOURS);
		assert_eq!(apply(reading(&key, &pair, 1_100).1), Ok(Ok(())));
		jump_to_block(System::block_number() + HOURS);
		let bob = free(&account(Bob));
		assert_eq!(apply(reading(&key, &pair, 1_250).1), Ok(Ok(())));
		assert!(billed(Bob).is_empty(), "Bob is billed no more");
		assert_eq!(free(&account(Bob)), bob);
		assert!(matches!(
			billed(Charlie).as_slice(),
			[pallet_citycoin::Event::Billed { units: 150, .. }]
		));
		// Bob cannot take the meter back.
		assert_eq!(
			send(Bob, pallet_iot_anchors::Call::accept_consumer { device }),
			Err(Error::<Runtime>::NotProposed.into())
		);
	});
}

#[test]
fn a_forged_huge_reading_leaves_the_consumer_untouched_and_opens_a_disputable_bill() {
	dev(|| {
		// Whoever holds the meter's key (a compromised gateway, say) anchors a huge reading.
		let pair = ed25519::Pair::from_string("//Meter", None).expect("a key");
		let device = installed_for(&pair, Bob);
		let key = DeviceKey::Ed25519(pair.public());
		assert_eq!(apply(reading(&key, &pair, 1_000).1), Ok(Ok(())));
		jump_to_block(System::block_number() + HOURS);
		let bob = free(&account(Bob));
		assert_eq!(apply(reading(&key, &pair, 900_000).1), Ok(Ok(())));
		// An hour allows at most 2,000 litres: the bill is held, nothing is taken.
		assert_eq!(free(&account(Bob)), bob);
		assert!(billed(Bob)
			.iter()
			.any(|e| matches!(e, pallet_citycoin::Event::BillHeld { units: 899_000, .. })));
		let bill = pallet_citycoin::OpenBills::<Runtime>::get(account(Bob), device).expect("open");
		assert!(bill.held);
		// Bob disputes it; the council (a majority without him) dismisses it.
		let evidence = sp_core::H256::repeat_byte(0xd1);
		frame_support::assert_ok!(send(
			Bob,
			pallet_citycoin::Call::dispute_bill { meter: device, evidence }
		));
		assert_eq!(
			council_does(
				pallet_citycoin::Call::resolve_bill {
					consumer: account(Bob),
					meter: device,
					amount: 0
				},
				&[Alice, Charlie]
			),
			Ok(())
		);
		assert!(pallet_citycoin::OpenBills::<Runtime>::get(account(Bob), device).is_none());
		assert_eq!(free(&account(Bob)) + fee_paid().iter().sum::<u128>(), bob);
		// The forged total would refuse every honest reading as going backwards, until the
		// utility resets the meter; then readings resume, and are billed again.
		jump_to_block(System::block_number() + HOURS);
		let backwards = Error::<Runtime>::MeterWentBackwards.encode()[0];
		assert_eq!(
			apply(reading(&key, &pair, 1_400).1),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(backwards)))
		);
		frame_support::assert_ok!(send(Ferdie, pallet_iot_anchors::Call::reset_meter { device }));
		assert_eq!(apply(reading(&key, &pair, 1_400).1), Ok(Ok(())));
		jump_to_block(System::block_number() + HOURS);
		assert_eq!(apply(reading(&key, &pair, 1_700).1), Ok(Ok(())));
		assert!(matches!(
			billed(Bob).as_slice(),
			[pallet_citycoin::Event::Billed { units: 300, paid: true, .. }]
		));
		// Bob himself cannot resolve his own bill.
		assert_eq!(
			send(
				Bob,
				pallet_citycoin::Call::resolve_bill {
					consumer: account(Bob),
					meter: device,
					amount: 0
				}
			),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
	});
}

#[test]
fn the_consumer_cannot_suspend_rotate_revoke_or_unbind_their_meter() {
	dev(|| {
		let pair = ed25519::Pair::from_string("//Meter", None).expect("a key");
		let device = installed_for(&pair, Bob);
		let mine = ed25519::Pair::from_string("//BobsOwnKey", None).expect("a key");
		let proof: MultiSignature =
			mine.sign(&possession_message(&IotAnchors::genesis(), &account(Bob))).into();
		let not_owner = Err(Error::<Runtime>::NotOwner.into());
		for call in [
			pallet_iot_anchors::Call::suspend { device },
			pallet_iot_anchors::Call::revoke { device },
			pallet_iot_anchors::Call::rotate_key {
				device,
				key: DeviceKey::Ed25519(mine.public()),
				proof,
			},
			pallet_iot_anchors::Call::propose_consumer { device, consumer: None },
			pallet_iot_anchors::Call::offer_transfer { device, to: Some(account(Charlie)) },
		] {
			assert_eq!(send(Bob, call), not_owner);
		}
		let record = pallet_iot_anchors::Devices::<Runtime>::get(device).expect("the meter");
		assert_eq!(record.status, pallet_iot_anchors::DeviceStatus::Active);
		assert_eq!(record.binding.map(|b| b.consumer), Some(account(Bob)));
		assert_eq!(record.key, DeviceKey::Ed25519(pair.public()));
	});
}

#[test]
fn a_meter_cannot_publish_when_a_home_is_occupied() {
	dev(|| {
		let pair = ed25519::Pair::from_string("//Meter", None).expect("a key");
		installed_for(&pair, Bob);
		let key = DeviceKey::Ed25519(pair.public());
		let (mut anchor, _) = next_anchor(&key, &[1_000], Some(1_000));
		anchor.summary = Some(Summary { min: 0, max: 40, mean: 3 });
		let signature = pair.sign(&anchor_message(&IotAnchors::genesis(), &key, &anchor)).into();
		let profile = Error::<Runtime>::MeterSummary.encode()[0];
		assert_eq!(
			pool_validate(anchor_extrinsic(&anchor, signature)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(profile)))
		);
		// And no more often than its billing interval.
		assert_eq!(apply(reading(&key, &pair, 1_000).1), Ok(Ok(())));
		let rate_limited = Error::<Runtime>::RateLimited.encode()[0];
		next_block();
		assert_eq!(
			apply(reading(&key, &pair, 1_001).1),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(rate_limited)))
		);
		assert_eq!(city_runtime::genesis_config_presets::DEVELOPMENT_ANCHOR_INTERVALS.1, 2);
	});
}

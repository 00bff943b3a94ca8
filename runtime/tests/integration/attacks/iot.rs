//! Free anchors must not fill blocks: a spammer with every device the rules allow anchors for
//! hundreds of blocks, and neither fills a block nor raises anyone's fees; the city stops a
//! device in the pool.

use crate::{
	common::*,
	iot::{anchor_extrinsic, location, next_anchor},
};
use city_primitives::credentials::{CredentialKind, MeterOperator};
use city_runtime::{
	configs::{MaxAnchorWeight, RuntimeBlockWeights},
	genesis_config_presets::SENSORS_PER_OPERATOR,
	IotAnchors, Runtime, RuntimeCall, CITY,
};
use codec::Encode;
use frame_support::{dispatch::DispatchClass, traits::Get};
use pallet_iot_anchors::{anchor_message, possession_message, DeviceKey, DeviceKind, Error};
use pallet_transaction_payment::NextFeeMultiplier;
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Ferdie};
use sp_runtime::{
	traits::One,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	FixedU128, MultiSignature,
};

/// The public kinds an operator registers.
const KINDS: [DeviceKind; 4] =
	[DeviceKind::AirQuality, DeviceKind::Traffic, DeviceKind::Noise, DeviceKind::Weather];

/// Device `n`'s key pair.
fn device_pair(n: u32) -> sr25519::Pair {
	let mut seed = [7u8; 32];
	seed[..4].copy_from_slice(&n.to_le_bytes());
	sr25519::Pair::from_seed(&seed)
}

/// `owner` registers device `n` of `kind`; answers how the dispatch went (`None`: the block is
/// full, try the next).
fn register(
	owner: sp_keyring::Sr25519Keyring,
	n: u32,
	kind: DeviceKind,
) -> Option<sp_runtime::DispatchResult> {
	let pair = device_pair(n);
	let proof: MultiSignature =
		pair.sign(&possession_message(&IotAnchors::genesis(), &account(owner))).into();
	let call = RuntimeCall::IotAnchors(pallet_iot_anchors::Call::register {
		key: DeviceKey::Sr25519(pair.public()),
		kind,
		// A meter's location is a neighbourhood (six characters at most).
		location: location(if kind.meter().is_some() { "u33dbf" } else { "u33dbfcy" }),
		proof,
	});
	match apply(signed_extrinsic(owner, call, 0)) {
		Ok(result) => Some(result),
		Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources)) => None,
		Err(other) => panic!("a registration is a valid transaction: {other:?}"),
	}
}

/// Device `n`'s next anchor, signed by it, as the gateway sends it.
fn anchor_of(n: u32) -> city_runtime::UncheckedExtrinsic {
	let pair = device_pair(n);
	let key = DeviceKey::Sr25519(pair.public());
	let (anchor, _) = next_anchor(&key, &[21_000], None);
	let signature = pair.sign(&anchor_message(&IotAnchors::genesis(), &key, &anchor)).into();
	anchor_extrinsic(&anchor, signature)
}

/// Empty blocks until fees are back at their floor (registering thousands of devices filled
/// blocks, and those paid transactions raised them).
fn fees_back_to_their_floor() {
	for _ in 0..1_000 {
		if NextFeeMultiplier::<Runtime>::get() == FixedU128::one() {
			return;
		}
		next_block();
	}
	panic!("fees fall back to their floor within 1,000 empty blocks");
}

/// Ferdie, an operator of public sensors, registers as many as the rules allow: the policy's
/// number of every public kind. Answers the devices' numbers.
fn every_allowed_sensor() -> Vec<u32> {
	grant(Ferdie, CredentialKind::DeviceOperator);
	let mut devices = Vec::new();
	for (k, kind) in KINDS.into_iter().enumerate() {
		for i in 0..SENSORS_PER_OPERATOR {
			let n = k as u32 * SENSORS_PER_OPERATOR + i;
			let result = register(Ferdie, n, kind).unwrap_or_else(|| {
				next_block();
				register(Ferdie, n, kind).expect("an empty block takes a registration")
			});
			assert_eq!(result, Ok(()), "device {n} of {kind:?}");
			devices.push(n);
		}
		// One more of the kind is refused.
		let extra = 10 * SENSORS_PER_OPERATOR + k as u32;
		assert_eq!(
			register(Ferdie, extra, kind).expect("room in the block"),
			Err(Error::<Runtime>::TooManyDevices.into())
		);
	}
	devices
}

#[test]
fn a_spammer_with_every_device_the_rules_allow_never_fills_a_block_nor_raises_fees() {
	dev(|| {
		// A resident registers nothing: neither a public sensor nor a meter.
		for (n, kind, refused) in [
			(90_000, DeviceKind::Noise, Error::<Runtime>::NotAnOperator),
			(90_001, DeviceKind::Meter(city_primitives::metering::MeterKind::Water), {
				Error::<Runtime>::NotAMeterOperator
			}),
		] {
			assert_eq!(register(Bob, n, kind), Some(Err(refused.into())));
		}
		let devices = every_allowed_sensor();
		assert_eq!(devices.len(), 4 * SENSORS_PER_OPERATOR as usize);
		fees_back_to_their_floor();

		// Every device anchors as soon as its kind's interval allows (every block on the
		// development chain), in the order a pool would offer them, for 12 blocks (the devices
		// come round again: each block meets devices that anchored in an earlier one). The block
		// builder stops after eight refusals, as polkadot-sdk's does.
		// The pool's check reserves room for an anchor with billing, and a sensor's anchor
		// counts without: the block takes `n` anchors where `n - 1` of them leave room for one
		// more with billing.
		let budget = MaxAnchorWeight::get();
		let (one, worst) = (IotAnchors::anchor_cost(false), IotAnchors::anchor_cost(true));
		let fits = (budget.ref_time() - worst.ref_time()) / one.ref_time() + 1;
		assert!(fits >= 100, "a block takes a useful number of anchors: {fits}");
		eprintln!("a block takes {fits} sensor anchors ({} each, a budget of {budget})", one);
		assert!(
			(fits as usize) < devices.len(),
			"the spammer has more devices than a block takes: {fits} < {}",
			devices.len()
		);
		const BLOCKS: u64 = 12;
		assert!(BLOCKS * fits > devices.len() as u64, "every device anchors more than once");
		let mut queue: std::collections::VecDeque<u32> = devices.into();
		let mut anchored = 0u64;
		for _ in 0..BLOCKS {
			let (mut taken, mut skipped) = (0u64, 0);
			while skipped < 8 {
				let n = queue.pop_front().expect("devices");
				match apply(anchor_of(n)) {
					Ok(Ok(())) => taken += 1,
					Err(TransactionValidityError::Invalid(
						InvalidTransaction::ExhaustsResources,
					)) => skipped += 1,
					other => panic!("device {n}'s anchor: {other:?}"),
				}
				queue.push_back(n);
			}
			// Never more than the ceiling, always full up to it.
			let used = IotAnchors::anchor_weight();
			assert!(used.all_lte(budget), "anchors took {used} of {budget}");
			assert_eq!(taken, fits, "the block took as many anchors as fit");
			anchored += taken;
			assert!(fee_paid().is_empty(), "nobody paid for an anchor");
			next_block();
			// Nothing else was sent: fees stay at their floor (27% of the block in anchors
			// is more than the fee adjustment's target, but the adjustment leaves them out:
			// `free_anchors_never_raise_what_residents_pay`).
			assert_eq!(NextFeeMultiplier::<Runtime>::get(), FixedU128::one());
		}
		assert_eq!(anchored, BLOCKS * fits);
	});
}

#[test]
fn free_anchors_never_raise_what_residents_pay() {
	dev(|| {
		let devices = every_allowed_sensor();
		fees_back_to_their_floor();
		let normal_max = RuntimeBlockWeights::get()
			.get(DispatchClass::Normal)
			.max_total
			.expect("normal transactions have a limit");
		let target = normal_max.ref_time() / 4;
		let normal = || {
			frame_system::Pallet::<Runtime>::block_weight().get(DispatchClass::Normal).ref_time()
		};
		// Residents' transfers take a fifth of the normal class: below the quarter at which
		// fees rise.
		let senders = [Alice, Bob, Charlie, Dave];
		let mut i = 0usize;
		while normal() < normal_max.ref_time() / 5 {
			let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(Ferdie).into(),
				value: CITY,
			});
			assert_eq!(apply(signed_extrinsic(senders[i % 4], transfer, 0)), Ok(Ok(())));
			i += 1;
		}
		let paid = normal();
		// Anchors fill their budget on top.
		for n in devices {
			match apply(anchor_of(n)) {
				Ok(Ok(())) => {}
				Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources)) => {
					break
				}
				other => panic!("an anchor: {other:?}"),
			}
		}
		assert!(IotAnchors::anchor_weight().ref_time() > 0);
		// Counted with the anchors the block is beyond the target; without them it is not.
		assert!(normal() > target, "anchors and transfers together pass the target");
		assert!(normal() - IotAnchors::anchor_weight().ref_time() < target);
		assert!(paid < target);
		next_block();
		assert_eq!(
			NextFeeMultiplier::<Runtime>::get(),
			FixedU128::one(),
			"the anchors did not raise the fees"
		);

		// The same transfers beyond the target alone do raise them: the check can fail.
		while normal() < target + target / 10 {
			let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(Ferdie).into(),
				value: CITY,
			});
			assert_eq!(apply(signed_extrinsic(senders[i % 4], transfer, 0)), Ok(Ok(())));
			i += 1;
		}
		next_block();
		assert!(NextFeeMultiplier::<Runtime>::get() > FixedU128::one());
	});
}

#[test]
fn an_untipped_transfer_outranks_a_free_anchor_in_the_pool() {
	dev(|| {
		grant(Ferdie, CredentialKind::DeviceOperator);
		assert_eq!(register(Ferdie, 1, DeviceKind::AirQuality), Some(Ok(())));
		next_block();
		let anchor = pool_validate(anchor_of(1)).expect("a valid anchor");
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: account(Bob).into(),
			value: CITY,
		});
		let transfer = pool_validate(signed_extrinsic(Alice, transfer, 0)).expect("valid");
		assert_eq!(anchor.priority, 0);
		assert!(transfer.priority > anchor.priority, "paid transactions go first");
	});
}

#[test]
fn a_device_the_council_suspended_is_refused_by_the_pool_and_its_owner_cannot_lift_it() {
	dev(|| {
		grant(Ferdie, CredentialKind::DeviceOperator);
		assert_eq!(register(Ferdie, 1, DeviceKind::Noise), Some(Ok(())));
		next_block();
		assert!(pool_validate(anchor_of(1)).is_ok());
		let device = DeviceKey::Sr25519(device_pair(1).public()).device_id();
		assert_eq!(
			council_does(pallet_iot_anchors::Call::city_suspend { device }, &[Alice, Bob]),
			Ok(())
		);
		let suspended = Error::<Runtime>::SuspendedByCity.encode()[0];
		assert_eq!(
			pool_validate(anchor_of(1)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(suspended)))
		);
		// Its owner can neither resume it nor revoke it to register the key afresh.
		assert_eq!(
			send(Ferdie, pallet_iot_anchors::Call::resume { device }),
			Err(Error::<Runtime>::SuspendedByCity.into())
		);
		assert_eq!(
			send(Ferdie, pallet_iot_anchors::Call::revoke { device }),
			Err(Error::<Runtime>::SuspendedByCity.into())
		);
		assert_eq!(
			pool_validate(anchor_of(1)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(suspended)))
		);
		// A signed account, however rich, is not the city.
		assert_eq!(
			send(Alice, pallet_iot_anchors::Call::city_resume { device }),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
	});
}

#[test]
fn a_revoked_operators_devices_stop_anchoring_at_once() {
	dev(|| {
		grant(Ferdie, CredentialKind::DeviceOperator);
		assert_eq!(register(Ferdie, 1, DeviceKind::Weather), Some(Ok(())));
		next_block();
		assert!(pool_validate(anchor_of(1)).is_ok());
		// The council revokes Ferdie's operator credential by a motion.
		let credential = pallet_identity_registry::CredentialsOf::<Runtime>::get(account(Ferdie))
			.into_iter()
			.find(|held| held.kind == CredentialKind::DeviceOperator)
			.expect("Ferdie's credential")
			.id;
		let revoke = pallet_identity_registry::Call::revoke {
			id: credential,
			reason: pallet_identity_registry::RevocationReason::NoLongerEligible,
		};
		assert_eq!(council_does(revoke, &[Alice, Bob]), Ok(()));
		let not_accredited = Error::<Runtime>::OwnerNotAccredited.encode()[0];
		assert_eq!(
			pool_validate(anchor_of(1)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(not_accredited)))
		);
		// A meter whose utility operator loses the credential stops too.
		grant(Charlie, MeterOperator::get());
		let meter = 2;
		let water = DeviceKind::Meter(city_primitives::metering::MeterKind::Water);
		assert_eq!(register(Charlie, meter, water), Some(Ok(())));
		let pair = device_pair(meter);
		let key = DeviceKey::Sr25519(pair.public());
		let reading = || {
			let (anchor, _) = next_anchor(&key, &[10], Some(10));
			let signature =
				pair.sign(&anchor_message(&IotAnchors::genesis(), &key, &anchor)).into();
			anchor_extrinsic(&anchor, signature)
		};
		assert!(pool_validate(reading()).is_ok());
		let credential = pallet_identity_registry::CredentialsOf::<Runtime>::get(account(Charlie))
			.into_iter()
			.find(|held| held.kind == MeterOperator::get())
			.expect("Charlie's credential")
			.id;
		let revoke = pallet_identity_registry::Call::revoke {
			id: credential,
			reason: pallet_identity_registry::RevocationReason::NoLongerEligible,
		};
		assert_eq!(council_does(revoke, &[Alice, Bob]), Ok(()));
		assert_eq!(
			pool_validate(reading()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(not_accredited)))
		);
	});
}

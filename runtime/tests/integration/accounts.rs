//! Accounts acting together or for one another in the real runtime: what each proxy type may
//! do (both ways), the deposits proxies and multisig operations hold, a department's 2-of-3
//! multisig holding the treasurer credential, and credential origins through a proxy.

use crate::common::*;
use city_primitives::{
	credentials::{CredentialInspect, CredentialKind},
	treasury::SpendCategory,
};
use city_runtime::{
	configs::{
		deposit, MultisigDepositBase, MultisigDepositFactor, ProxyDepositBase, ProxyDepositFactor,
		ProxyType,
	},
	AccountId, Balances, IdentityRegistry, ReserveFund, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, CITY,
};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::InstanceFilter};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![1] })
}

fn council_vote() -> RuntimeCall {
	RuntimeCall::Council(pallet_collective::Call::vote {
		proposal: H256::zero(),
		index: 0,
		approve: true,
	})
}

fn pay_for_service() -> RuntimeCall {
	RuntimeCall::CityCoin(pallet_citycoin::Call::pay_for_service {
		id: 0,
		max_total: CITY,
		reference: H256::zero(),
	})
}

fn pay_fine() -> RuntimeCall {
	RuntimeCall::VehicleRegistry(pallet_vehicle_registry::Call::pay_fine { fine: 0 })
}

fn issue_resident(to: &AccountId) -> RuntimeCall {
	RuntimeCall::IdentityRegistry(pallet_identity_registry::Call::issue {
		subject: to.clone(),
		kind: CredentialKind::Resident,
		commitment: H256::repeat_byte(5),
		expires_at: None,
	})
}

fn spend(amount: u128, to: &AccountId) -> RuntimeCall {
	RuntimeCall::ReserveFund(pallet_reserve_fund::Call::spend {
		category: SpendCategory::Operations,
		amount,
		to: to.clone(),
		reference: H256::repeat_byte(0x11),
	})
}

/// The reserve fund's spends in the current block: to whom, how much.
fn spent() -> Vec<(AccountId, u128)> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			RuntimeEvent::ReserveFund(pallet_reserve_fund::Event::Spent { to, amount, .. }) => {
				Some((to, amount))
			}
			_ => None,
		})
		.collect()
}

#[test]
fn each_proxy_type_allows_its_own_calls_and_refuses_every_other() {
	dev(|| {
		let ferdie = account(Ferdie);
		let calls: Vec<(&str, RuntimeCall)> = vec![
			("transfer", transfer(&ferdie, CITY)),
			("remark", remark()),
			("referendum vote", vote(0)),
			("council vote", council_vote()),
			("service payment", pay_for_service()),
			("fine payment", pay_fine()),
			("credential issue", issue_resident(&ferdie)),
			("reserve spend", spend(CITY, &ferdie)),
			("proxy through another proxy", proxy(&ferdie, remark())),
			(
				"multisig",
				RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
					other_signatories: vec![ferdie.clone()],
					call: Box::new(remark()),
				}),
			),
			("batch", batch_all(vec![remark()])),
			("announcement", announce(&ferdie, remark())),
			(
				"vehicle registration (a fee)",
				RuntimeCall::VehicleRegistry(pallet_vehicle_registry::Call::renew { vehicle: 0 }),
			),
			("proxy of one's own", add_proxy(&ferdie, ProxyType::Governance)),
		];
		// Which calls each type lets through, in the order of `calls`.
		let f = false;
		let allowed: [(ProxyType, [bool; 14]); 5] = [
			(ProxyType::Any, [true; 14]),
			(ProxyType::NonTransfer, [f, true, true, true, f, f, true, f, f, f, true, f, f, true]),
			(ProxyType::Governance, [f, f, true, true, f, f, f, f, f, f, true, f, f, f]),
			(ProxyType::CityServices, [f, f, f, f, true, true, f, f, f, f, true, f, f, f]),
			(ProxyType::IdentityClerk, [f, f, f, f, f, f, true, f, f, f, true, f, f, f]),
		];
		for (proxy_type, expected) in allowed {
			for ((name, call), allowed) in calls.iter().zip(expected) {
				assert_eq!(
					proxy_type.filter(call),
					allowed,
					"{proxy_type:?} {} a {name}",
					if allowed { "allows" } else { "refuses" }
				);
			}
		}
		// What `NonTransfer` may do with proxies: its own, only.
		let ferdie_address: sp_runtime::MultiAddress<AccountId, ()> = ferdie.clone().into();
		let proxy_calls: Vec<(&str, pallet_proxy::Call<Runtime>, bool)> = vec![
			(
				"add_proxy",
				pallet_proxy::Call::add_proxy {
					delegate: ferdie_address.clone(),
					proxy_type: ProxyType::Governance,
					delay: 0,
				},
				true,
			),
			(
				"remove_proxy",
				pallet_proxy::Call::remove_proxy {
					delegate: ferdie_address.clone(),
					proxy_type: ProxyType::Governance,
					delay: 0,
				},
				true,
			),
			(
				"remove_announcement",
				pallet_proxy::Call::remove_announcement {
					real: ferdie_address.clone(),
					call_hash: H256::zero(),
				},
				true,
			),
			("poke_deposit", pallet_proxy::Call::poke_deposit {}, true),
			(
				"reject_announcement",
				pallet_proxy::Call::reject_announcement {
					delegate: ferdie_address.clone(),
					call_hash: H256::zero(),
				},
				false,
			),
			("remove_proxies", pallet_proxy::Call::remove_proxies {}, false),
			(
				"create_pure",
				pallet_proxy::Call::create_pure { proxy_type: ProxyType::Any, delay: 0, index: 0 },
				false,
			),
			(
				"kill_pure",
				pallet_proxy::Call::kill_pure {
					spawner: ferdie_address.clone(),
					proxy_type: ProxyType::Any,
					index: 0,
					height: 0,
					ext_index: 0,
				},
				false,
			),
			(
				"proxy_announced",
				pallet_proxy::Call::proxy_announced {
					delegate: ferdie_address.clone(),
					real: ferdie_address,
					force_proxy_type: None,
					call: Box::new(remark()),
				},
				false,
			),
		];
		for (name, call, allowed) in proxy_calls {
			assert_eq!(ProxyType::NonTransfer.filter(&call.into()), allowed, "NonTransfer: {name}");
		}
		let accept_bills = RuntimeCall::IotAnchors(pallet_iot_anchors::Call::accept_consumer {
			device: H256::zero(),
		});
		assert!(!ProxyType::NonTransfer.filter(&accept_bills), "accepting a meter's bills");

		// A wider type allows everything a narrower one does, over every call above.
		let types = [
			ProxyType::Any,
			ProxyType::NonTransfer,
			ProxyType::Governance,
			ProxyType::CityServices,
			ProxyType::IdentityClerk,
		];
		for wide in types {
			for narrow in types.into_iter().filter(|narrow| wide.is_superset(narrow)) {
				for (name, call) in &calls {
					assert!(
						!narrow.filter(call) || wide.filter(call),
						"{wide:?} is a superset of {narrow:?} but refuses a {name}"
					);
				}
			}
		}

		// `Any` is the default (pallet-proxy needs the widest), and only wider types contain
		// narrower ones.
		assert_eq!(ProxyType::default(), ProxyType::Any);
		assert!(ProxyType::NonTransfer.is_superset(&ProxyType::Governance));
		assert!(!ProxyType::Governance.is_superset(&ProxyType::NonTransfer));
		assert!(!ProxyType::NonTransfer.is_superset(&ProxyType::CityServices));
		assert!(!ProxyType::CityServices.is_superset(&ProxyType::Any));
	});
}

#[test]
fn a_governance_proxy_votes_for_its_resident_but_cannot_move_their_money() {
	dev(|| {
		let (bob, dave, ferdie) = (account(Bob), account(Dave), account(Ferdie));
		assert_eq!(send(Bob, add_proxy(&dave, ProxyType::Governance)), Ok(()));
		let referendum = start_referendum();

		// Dave, a staff account (no resident himself), votes for Bob: the vote is Bob's.
		assert_eq!(send(Dave, proxy(&bob, vote(referendum))), Ok(()));
		assert_eq!(proxied_results(), vec![Ok(())]);
		assert!(has_voted(&bob));
		assert!(!has_voted(&dave));

		// A transfer of Bob's, alone or in a batch, is filtered out: nothing moves.
		next_block();
		let (bob_before, ferdie_before) = (free(&bob), free(&ferdie));
		assert_eq!(send(Dave, proxy(&bob, transfer(&ferdie, CITY))), Ok(()));
		assert_eq!(
			send(Dave, proxy(&bob, batch_all(vec![remark(), transfer(&ferdie, CITY)]))),
			Ok(())
		);
		let filtered: DispatchError = frame_system::Error::<Runtime>::CallFiltered.into();
		assert_eq!(proxied_results(), vec![Err(filtered), Err(filtered)]);
		assert_eq!((free(&bob), free(&ferdie)), (bob_before, ferdie_before));
	});
}

#[test]
fn a_proxy_adds_no_proxy_wider_than_its_own_type() {
	dev(|| {
		let (bob, dave, eve) = (account(Bob), account(Dave), account(Eve));
		assert_eq!(send(Bob, add_proxy(&dave, ProxyType::NonTransfer)), Ok(()));

		// Dave may give Bob a governance proxy (narrower than his) ...
		assert_eq!(send(Dave, proxy(&bob, add_proxy(&eve, ProxyType::Governance))), Ok(()));
		// ... but not one that moves money, or may do anything.
		for wider in [ProxyType::CityServices, ProxyType::Any] {
			assert_eq!(send(Dave, proxy(&bob, add_proxy(&eve, wider))), Ok(()));
		}
		let filtered: DispatchError = frame_system::Error::<Runtime>::CallFiltered.into();
		assert_eq!(proxied_results(), vec![Ok(()), Err(filtered), Err(filtered)]);
		let (proxies, _) = pallet_proxy::Proxies::<Runtime>::get(&bob);
		let mut held: Vec<(AccountId, ProxyType)> =
			proxies.iter().map(|p| (p.delegate.clone(), p.proxy_type)).collect();
		held.sort();
		let mut expected = vec![(dave, ProxyType::NonTransfer), (eve, ProxyType::Governance)];
		expected.sort();
		assert_eq!(held, expected);
	});
}

#[test]
fn a_non_transfer_proxy_cannot_move_money_through_another_proxy_or_a_multisig() {
	dev(|| {
		let (bob, charlie, dave, ferdie) =
			(account(Bob), account(Charlie), account(Dave), account(Ferdie));
		// Dave may do anything but move Bob's money; Bob may do anything for Charlie; Bob and
		// Ferdie share a 1-of-2 multisig with money in it.
		assert_eq!(send(Bob, add_proxy(&dave, ProxyType::NonTransfer)), Ok(()));
		assert_eq!(send(Charlie, add_proxy(&bob, ProxyType::Any)), Ok(()));
		let shared = multisig_account(&[Bob, Ferdie], 1);
		assert_eq!(send(Alice, transfer(&shared, 100 * CITY)), Ok(()));
		next_block();
		let before = (free(&bob), free(&charlie), free(&shared));

		// Through Bob's proxy powers over Charlie, and through Bob's multisig: both would
		// dispatch with an origin that no longer carries Dave's filter, so both are refused.
		let through_proxy = proxy(&bob, proxy(&charlie, transfer(&dave, CITY)));
		let through_multisig = proxy(
			&bob,
			RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
				other_signatories: vec![ferdie.clone()],
				call: Box::new(transfer(&dave, CITY)),
			}),
		);
		for call in [through_proxy, through_multisig] {
			assert_eq!(send(Dave, call), Ok(()));
		}
		let filtered: DispatchError = frame_system::Error::<Runtime>::CallFiltered.into();
		assert_eq!(proxied_results(), vec![Err(filtered), Err(filtered)]);
		assert_eq!((free(&bob), free(&charlie), free(&shared)), before, "nothing moved");
	});
}

#[test]
fn a_non_transfer_proxy_cannot_announce_a_call_for_the_accounts_its_real_account_acts_for() {
	dev(|| {
		let (bob, charlie, dave) = (account(Bob), account(Charlie), account(Dave));
		// Dave may do anything but move Bob's money; Bob may do anything for Charlie. An
		// announcement of Bob's for Charlie would let anyone make the call as Charlie
		// (`proxy_announced` takes any signer), so Dave may not announce for Bob.
		assert_eq!(send(Bob, add_proxy(&dave, ProxyType::NonTransfer)), Ok(()));
		assert_eq!(send(Charlie, add_proxy(&bob, ProxyType::Any)), Ok(()));
		next_block();
		let charlie_before = free(&charlie);
		let theft = transfer(&dave, 1_000 * CITY);
		assert_eq!(send(Dave, proxy(&bob, announce(&charlie, theft.clone()))), Ok(()));
		let filtered: DispatchError = frame_system::Error::<Runtime>::CallFiltered.into();
		assert_eq!(proxied_results(), vec![Err(filtered)]);
		assert!(pallet_proxy::Announcements::<Runtime>::get(&bob).0.is_empty());
		let announced = RuntimeCall::Proxy(pallet_proxy::Call::proxy_announced {
			delegate: bob.clone().into(),
			real: charlie.clone().into(),
			force_proxy_type: None,
			call: Box::new(theft),
		});
		assert_eq!(send(Dave, announced), Err(pallet_proxy::Error::<Runtime>::Unannounced.into()));
		assert_eq!(free(&charlie), charlie_before, "nothing moved");
	});
}

#[test]
fn proxies_and_open_multisig_operations_hold_deposits_returned_when_removed() {
	dev(|| {
		let (bob, dave, eve) = (account(Bob), account(Dave), account(Eve));
		assert_eq!(ProxyDepositBase::get(), deposit(1, 8));
		assert_eq!(ProxyDepositFactor::get(), deposit(0, 37));
		assert!(ProxyDepositBase::get() >= CITY, "a proxy is not free to store");

		assert_eq!(send(Bob, add_proxy(&dave, ProxyType::Governance)), Ok(()));
		assert_eq!(
			Balances::reserved_balance(&bob),
			ProxyDepositBase::get() + ProxyDepositFactor::get()
		);
		assert_eq!(send(Bob, add_proxy(&eve, ProxyType::CityServices)), Ok(()));
		assert_eq!(
			Balances::reserved_balance(&bob),
			ProxyDepositBase::get() + 2 * ProxyDepositFactor::get()
		);
		let remove = RuntimeCall::Proxy(pallet_proxy::Call::remove_proxies {});
		assert_eq!(send(Bob, remove), Ok(()));
		assert_eq!(Balances::reserved_balance(&bob), 0);

		// An open 2-of-3 operation holds its depositor's deposit until it is cancelled.
		let members = [Alice, Bob, Charlie];
		assert_eq!(send(Bob, as_multi(Bob, &members, 2, remark())), Ok(()));
		let expected = MultisigDepositBase::get() + 2 * MultisigDepositFactor::get();
		assert_eq!(Balances::reserved_balance(&bob), expected);
		let multisig = multisig_account(&members, 2);
		let cancel = RuntimeCall::Multisig(pallet_multisig::Call::cancel_as_multi {
			threshold: 2,
			other_signatories: signatories(&[Alice, Charlie]),
			timepoint: open_operation(&multisig, &remark()).expect("the operation is open"),
			call_hash: sp_io::hashing::blake2_256(&remark().encode()),
		});
		assert_eq!(send(Bob, cancel), Ok(()));
		assert_eq!(Balances::reserved_balance(&bob), 0);
	});
}

#[test]
fn two_of_three_clerks_spend_from_the_reserve_as_the_treasurer_s_office() {
	dev(|| {
		let clerks = [Alice, Bob, Charlie];
		let office = multisig_account(&clerks, 2);
		let supplier = account(Ferdie);
		// The office is an account like any other: the council (two thirds; Root here) grants
		// it the treasurer credential, and a budget is set.
		grant_to(&office, CredentialKind::Treasurer);
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			10_000 * CITY,
			H256::zero()
		));
		assert_ok!(ReserveFund::set_budget(
			RuntimeOrigin::root(),
			SpendCategory::Operations,
			5_000 * CITY
		));
		// No clerk is a treasurer alone.
		assert_noop!(
			ReserveFund::spend(
				RuntimeOrigin::signed(account(Alice)),
				SpendCategory::Operations,
				CITY,
				supplier.clone(),
				H256::zero()
			),
			DispatchError::BadOrigin
		);
		let supplier_before = free(&supplier);

		// Alice opens the spend; nothing is paid yet.
		let payment = spend(500 * CITY, &supplier);
		assert_eq!(send(Alice, as_multi(Alice, &clerks, 2, payment.clone())), Ok(()));
		assert!(multisig_results().is_empty());
		assert_eq!(free(&supplier), supplier_before);

		// Charlie approves: the spend is made, by the office.
		next_block();
		assert_eq!(send(Charlie, as_multi(Charlie, &clerks, 2, payment.clone())), Ok(()));
		assert_eq!(multisig_results(), vec![Ok(())]);
		assert_eq!(free(&supplier), supplier_before + 500 * CITY);
		assert_eq!(spent(), vec![(supplier.clone(), 500 * CITY)]);
		assert_eq!(Balances::reserved_balance(&account(Alice)), 0, "Alice's deposit came back");

		// The same clerks' 1-of-3 account is another account, with no credential: one clerk
		// cannot spend alone by choosing a threshold of one.
		next_block();
		let alone = RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
			other_signatories: signatories(&[Bob, Charlie]),
			call: Box::new(payment),
		});
		assert_eq!(send(Alice, alone), Err(DispatchError::BadOrigin));
		assert_eq!(free(&supplier), supplier_before + 500 * CITY);
	});
}

#[test]
fn a_credential_reached_through_a_proxy_is_the_proxied_account_s() {
	dev(|| {
		let (alice, dave, eve, ferdie) =
			(account(Alice), account(Dave), account(Eve), account(Ferdie));
		// Alice is the population office's clerk. Her staff account Dave issues in her name.
		assert_eq!(send(Alice, add_proxy(&dave, ProxyType::IdentityClerk)), Ok(()));
		assert_eq!(send(Dave, proxy(&alice, issue_resident(&eve))), Ok(()));
		assert_eq!(proxied_results(), vec![Ok(())]);
		assert!(IdentityRegistry::has_active_credential(&eve, &CredentialKind::Resident, None));
		// Dave himself issues nothing, and his proxy does nothing else of Alice's.
		next_block();
		assert_eq!(
			send(Dave, issue_resident(&ferdie)),
			Err(pallet_identity_registry::Error::<Runtime>::NotAnIssuer.into())
		);
		assert_eq!(send(Dave, proxy(&alice, transfer(&dave, CITY))), Ok(()));
		let filtered: DispatchError = frame_system::Error::<Runtime>::CallFiltered.into();
		assert_eq!(proxied_results(), vec![Err(filtered)]);

		// A treasurer acting as a proxy for someone who is not one spends nothing: the origin
		// is the proxied account's. The other way round, it is the treasurer's spend.
		grant(Ferdie, CredentialKind::Treasurer);
		assert_ok!(ReserveFund::donate(RuntimeOrigin::signed(alice), 10_000 * CITY, H256::zero()));
		assert_ok!(ReserveFund::set_budget(
			RuntimeOrigin::root(),
			SpendCategory::Operations,
			5_000 * CITY
		));
		assert_eq!(send(Eve, add_proxy(&ferdie, ProxyType::Any)), Ok(()));
		assert_eq!(send(Ferdie, add_proxy(&eve, ProxyType::Any)), Ok(()));
		next_block();
		assert_eq!(send(Ferdie, proxy(&eve, spend(CITY, &ferdie))), Ok(()));
		assert_eq!(proxied_results(), vec![Err(DispatchError::BadOrigin)]);
		assert!(spent().is_empty());
		assert_eq!(send(Eve, proxy(&ferdie, spend(CITY, &ferdie))), Ok(()));
		assert_eq!(proxied_results(), vec![Err(DispatchError::BadOrigin), Ok(())]);
		assert_eq!(spent(), vec![(ferdie, CITY)]);
	});
}

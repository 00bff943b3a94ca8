//! The whole runtime's `try_state` (feature `try-runtime`): every test on a preset ends with it
//! (`common::all_invariants_hold`). Here: it runs in this build, and it can fail.

use crate::common::*;
use city_runtime::Runtime;
use sp_keyring::Sr25519Keyring::Alice;

#[test]
fn the_whole_runtimes_try_state_holds_on_both_presets_and_catches_a_broken_invariant() {
	for preset in
		[sp_genesis_builder::DEV_RUNTIME_PRESET, sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET]
	{
		new_ext(preset).execute_with(|| {
			start_block(1);
			whole_runtime_try_state().expect("every pallet's try_state holds at genesis");
		});
	}
	// Alice's entry in her list of credentials no longer mirrors her resident credential (as a
	// bug in a call that suspends one would leave it): the identity registry's try_state, run
	// among all the pallets', says so.
	new_ext(sp_genesis_builder::DEV_RUNTIME_PRESET).execute_with(|| {
		start_block(1);
		pallet_identity_registry::CredentialsOf::<Runtime>::mutate(account(Alice), |list| {
			let held = list.get_mut(0).expect("Alice is a resident in the development preset");
			held.suspended = !held.suspended;
		});
		assert!(whole_runtime_try_state().is_err(), "the broken mirror is caught");
	});
}

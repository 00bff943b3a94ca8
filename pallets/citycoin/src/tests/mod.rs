//! CityCoin against its mock (with the real reserve fund): issuance within the cap, services
//! and receipts, payroll across period boundaries with budgets, arrears and the clerk's limits,
//! metered billing with usage caps, holds and disputes; each error path with `assert_noop!`,
//! and each attack on a rule as a test named after it.

use crate::{mock::*, *};
use city_primitives::treasury::Obligation;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};

mod billing;
mod issuance;
mod payroll;
mod services;

const DECISION: H256 = H256::repeat_byte(0xd1);
const ORDER: H256 = H256::repeat_byte(0x0d);

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn fund_balance() -> u64 {
	ReserveFund::balance()
}

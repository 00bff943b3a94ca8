//! From the city's events to the rows the indexer keeps: one pure function per event, so what is
//! kept (and what is left out for privacy) reads in one place and is tested without a node.
//!
//! Left out on purpose: the subject of a credential, the owner or buyer of a vehicle, the payer
//! of a fine, the consumer of a meter and a meter's exact location. The chain records some of
//! them; the ledger API never joins a plate or a meter to a person.

use crate::value::{FieldResult, Fields};
use subxt::ext::scale_value::Composite;

/// Money in or out of the reserve fund.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
	/// `in` or `out`.
	pub direction: &'static str,
	/// The event: `Received`, `Spent`, `Paid`, `ObligationPaid`.
	pub event: &'static str,
	/// The inflow's kind or the spend's category (`PublicWorks`, `ServicePayment`, `Other(3)`).
	pub category: String,
	/// Who paid in, or who was paid.
	pub account: String,
	/// Planck, decimal.
	pub amount: String,
	/// The hash of the off-chain document.
	pub reference: String,
	/// For `ObligationPaid`: the obligation paid from.
	pub obligation: Option<String>,
	/// A spend by Root (a referendum).
	pub by_root: bool,
}

/// What a referendum's tally was when it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
	pub ayes: String,
	pub nays: String,
	pub turnout: String,
}

/// One row (or one change of rows) the indexer keeps for an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
	Flow(Flow),
	/// A budget set (`limit` some) or removed.
	Budget {
		category: String,
		limit: Option<String>,
	},
	Receipt {
		receipt: String,
		payer: String,
		service: String,
		price: String,
		tax: String,
		reference: String,
	},
	PayrollRun {
		payroll_period: i64,
		paid: String,
		owed: String,
	},
	/// A wage not paid in a payroll period: the amount only, never whose.
	WageArrears {
		payroll_period: i64,
		arrears: String,
	},
	BondSeriesIssued {
		series: String,
		units: i64,
		face: String,
		by_root: bool,
	},
	/// A change of a series' state: `active`, `cancelled`, `arrears`, `current`, `called`,
	/// `defaulted`, `closed`.
	BondSeriesState {
		series: String,
		state: &'static str,
		sold: Option<i64>,
	},
	/// A movement within a series (`Subscribed`, `Transferred`, `CouponsClaimed`, `Redeemed`,
	/// `Reclaimed`).
	BondEvent {
		series: String,
		event: &'static str,
		account: Option<String>,
		counterparty: Option<String>,
		units: Option<i64>,
		amount: Option<String>,
	},
	MotionProposed {
		collective: &'static str,
		index: i64,
		hash: String,
		proposer: String,
		threshold: i64,
	},
	MotionVoted {
		collective: &'static str,
		hash: String,
		voter: String,
		aye: bool,
		ayes: i64,
		nays: i64,
	},
	/// `approved`, `disapproved`, `executed`, `killed`, `closed` (with the final counts).
	MotionEnded {
		collective: &'static str,
		hash: String,
		status: &'static str,
		result: Option<String>,
		counts: Option<(i64, i64)>,
	},
	ReferendumStarted {
		index: i64,
		threshold: String,
	},
	ReferendumVoted {
		index: i64,
	},
	/// `passed`, `not_passed` (the tally filled in by the follower from the state before the
	/// block that ended it), `cancelled`.
	ReferendumEnded {
		index: i64,
		status: &'static str,
		tally: Option<Tally>,
	},
	/// `authorized` or `applied`, with its code hash; for `applied`, the new runtime's spec
	/// version (filled in by the follower; `None`: the block's).
	Upgrade {
		event: &'static str,
		code_hash: Option<String>,
		spec_version: Option<i64>,
	},
	CredentialIssued {
		credential: String,
		issuer: String,
		kind: String,
	},
	/// `suspended`, `reinstated`, `revoked`, `renewed`, `erased`.
	CredentialChanged {
		credential: String,
		change: &'static str,
	},
	VehicleRegistered {
		vehicle: String,
		plate: String,
		until: i64,
	},
	VehicleRenewed {
		vehicle: String,
		until: i64,
	},
	VehicleDeregistered {
		vehicle: String,
		reason: String,
	},
	/// `stolen` or `recovered`.
	VehicleTheft {
		vehicle: String,
		stolen: bool,
	},
	Permit {
		vehicle: String,
		zone: String,
		from: i64,
		until: i64,
		paid: String,
	},
	FineIssued {
		fine: String,
		vehicle: String,
		amount: String,
		offence: i64,
		evidence: String,
		deadline: i64,
	},
	/// `paid`, `disputed`, `upheld`, `dismissed`.
	FineChanged {
		fine: String,
		status: &'static str,
		deadline: Option<i64>,
	},
	/// The kind and location filled in by the follower from the device's record.
	DeviceRegistered {
		device: String,
		kind: Option<String>,
		location: Option<String>,
	},
	/// `active`, `suspended`, `revoked`.
	DeviceStatus {
		device: String,
		status: &'static str,
	},
	Anchor {
		device: String,
		sequence: i64,
		root: String,
		count: i64,
		timestamp: i64,
	},
}

/// The collectives whose motions the indexer keeps, by pallet name.
pub fn collective(pallet: &str) -> Option<&'static str> {
	match pallet {
		"Council" => Some("council"),
		"TechnicalCommittee" => Some("technical_committee"),
		_ => None,
	}
}

/// The records of one event; none for an event the indexer does not keep.
pub fn records_of(pallet: &str, event: &str, fields: &Composite<()>) -> FieldResult<Vec<Record>> {
	let what = format!("{pallet}.{event}");
	let f = Fields::new(&what, fields);
	let flow =
		|direction, event, category: &str, account: &str, obligation: Option<String>, by_root| {
			FieldResult::Ok(Record::Flow(Flow {
				direction,
				event,
				category: f.label(category)?,
				account: f.account(account)?,
				amount: f.amount("amount")?,
				reference: f.hash("reference")?,
				obligation,
				by_root,
			}))
		};
	let record = match (pallet, event) {
		("ReserveFund", "Received") => flow("in", "Received", "inflow", "from", None, false)?,
		("ReserveFund", "Spent") => {
			flow("out", "Spent", "category", "to", None, f.bool("by_root")?)?
		}
		("ReserveFund", "Paid") => flow("out", "Paid", "category", "to", None, false)?,
		("ReserveFund", "ObligationPaid") => {
			flow("out", "ObligationPaid", "category", "to", Some(f.label("obligation")?), false)?
		}
		("ReserveFund", "BudgetSet") => {
			Record::Budget { category: f.label("category")?, limit: Some(f.amount("limit")?) }
		}
		("ReserveFund", "BudgetRemoved") => {
			Record::Budget { category: f.label("category")?, limit: None }
		}

		("CityCoin", "ServicePaid") => Record::Receipt {
			receipt: f.id("receipt")?,
			payer: f.account("payer")?,
			service: f.id("service")?,
			price: f.amount("price")?,
			tax: f.amount("tax")?,
			reference: f.hash("reference")?,
		},
		("CityCoin", "PayrollCompleted") => Record::PayrollRun {
			payroll_period: f.i64("period")?,
			paid: f.amount("paid")?,
			owed: f.amount("owed")?,
		},
		("CityCoin", "WageInArrears") => {
			Record::WageArrears { payroll_period: f.i64("period")?, arrears: f.amount("arrears")? }
		}

		("Bonds", "SeriesIssued") => Record::BondSeriesIssued {
			series: f.id("id")?,
			units: f.i64("units")?,
			face: f.amount("face")?,
			by_root: f.bool("by_root")?,
		},
		("Bonds", "SeriesActivated") => Record::BondSeriesState {
			series: f.id("id")?,
			state: "active",
			sold: Some(f.i64("sold")?),
		},
		("Bonds", "SeriesCancelled") => Record::BondSeriesState {
			series: f.id("id")?,
			state: "cancelled",
			sold: Some(f.i64("sold")?),
		},
		("Bonds", "ArrearsStarted") => {
			Record::BondSeriesState { series: f.id("id")?, state: "arrears", sold: None }
		}
		("Bonds", "ArrearsCleared") => {
			Record::BondSeriesState { series: f.id("id")?, state: "active", sold: None }
		}
		("Bonds", "SeriesCalled") => {
			Record::BondSeriesState { series: f.id("id")?, state: "called", sold: None }
		}
		("Bonds", "SeriesDefaulted") => {
			Record::BondSeriesState { series: f.id("id")?, state: "defaulted", sold: None }
		}
		("Bonds", "SeriesClosed") => {
			Record::BondSeriesState { series: f.id("id")?, state: "closed", sold: None }
		}
		("Bonds", "Subscribed") => Record::BondEvent {
			series: f.id("id")?,
			event: "Subscribed",
			account: Some(f.account("who")?),
			counterparty: None,
			units: Some(f.i64("units")?),
			amount: Some(f.amount("paid")?),
		},
		("Bonds", "Transferred") => Record::BondEvent {
			series: f.id("id")?,
			event: "Transferred",
			account: Some(f.account("from")?),
			counterparty: Some(f.account("to")?),
			units: Some(f.i64("units")?),
			amount: None,
		},
		("Bonds", "CouponsClaimed") => Record::BondEvent {
			series: f.id("id")?,
			event: "CouponsClaimed",
			account: Some(f.account("who")?),
			counterparty: None,
			units: None,
			amount: Some(f.amount("amount")?),
		},
		("Bonds", "Redeemed") => Record::BondEvent {
			series: f.id("id")?,
			event: "Redeemed",
			account: Some(f.account("who")?),
			counterparty: None,
			units: Some(f.i64("units")?),
			amount: Some(f.amount("principal")?),
		},
		("Bonds", "Reclaimed") => Record::BondEvent {
			series: f.id("id")?,
			event: "Reclaimed",
			account: Some(f.account("who")?),
			counterparty: None,
			units: None,
			amount: Some(f.amount("amount")?),
		},

		(p, "Proposed") if collective(p).is_some() => Record::MotionProposed {
			collective: collective(p).unwrap_or_default(),
			index: f.i64("proposal_index")?,
			hash: f.hash("proposal_hash")?,
			proposer: f.account("account")?,
			threshold: f.i64("threshold")?,
		},
		(p, "Voted") if collective(p).is_some() => Record::MotionVoted {
			collective: collective(p).unwrap_or_default(),
			hash: f.hash("proposal_hash")?,
			voter: f.account("account")?,
			aye: f.bool("voted")?,
			ayes: f.i64("yes")?,
			nays: f.i64("no")?,
		},
		(p, e @ ("Approved" | "Disapproved" | "Executed" | "Killed" | "Closed"))
			if collective(p).is_some() =>
		{
			let status = match e {
				"Approved" => "approved",
				"Disapproved" => "disapproved",
				"Executed" => "executed",
				"Killed" => "killed",
				_ => "closed",
			};
			Record::MotionEnded {
				collective: collective(p).unwrap_or_default(),
				hash: f.hash("proposal_hash")?,
				status,
				result: if e == "Executed" { Some(f.label("result")?) } else { None },
				counts: if e == "Closed" { Some((f.i64("yes")?, f.i64("no")?)) } else { None },
			}
		}

		("Democracy", "Started") => Record::ReferendumStarted {
			index: f.i64("ref_index")?,
			threshold: f.label("threshold")?,
		},
		("Democracy", "Voted") => Record::ReferendumVoted { index: f.i64("ref_index")? },
		("Democracy", "Passed") => {
			Record::ReferendumEnded { index: f.i64("ref_index")?, status: "passed", tally: None }
		}
		("Democracy", "NotPassed") => Record::ReferendumEnded {
			index: f.i64("ref_index")?,
			status: "not_passed",
			tally: None,
		},
		("Democracy", "Cancelled") => {
			Record::ReferendumEnded { index: f.i64("ref_index")?, status: "cancelled", tally: None }
		}

		("System", "UpgradeAuthorized") => Record::Upgrade {
			event: "authorized",
			code_hash: Some(f.hash("code_hash")?),
			spec_version: None,
		},
		("System", "CodeUpdated") => Record::Upgrade {
			event: "applied",
			code_hash: Some(f.hash("hash")?),
			spec_version: None,
		},

		("IdentityRegistry", "CredentialIssued") => Record::CredentialIssued {
			credential: f.id("id")?,
			issuer: f.label("issued_by")?,
			kind: f.label("kind")?,
		},
		(
			"IdentityRegistry",
			e @ ("CredentialSuspended"
			| "CredentialReinstated"
			| "CredentialRevoked"
			| "CredentialRenewed"
			| "CredentialErased"),
		) => {
			let change = match e {
				"CredentialSuspended" => "suspended",
				"CredentialReinstated" => "reinstated",
				"CredentialRevoked" => "revoked",
				"CredentialRenewed" => "renewed",
				_ => "erased",
			};
			Record::CredentialChanged { credential: f.id("id")?, change }
		}

		("VehicleRegistry", "Registered") => Record::VehicleRegistered {
			vehicle: f.id("vehicle")?,
			plate: f.text("plate")?,
			until: f.i64("until")?,
		},
		("VehicleRegistry", "Renewed") => {
			Record::VehicleRenewed { vehicle: f.id("vehicle")?, until: f.i64("until")? }
		}
		("VehicleRegistry", "Deregistered") => {
			Record::VehicleDeregistered { vehicle: f.id("vehicle")?, reason: f.label("reason")? }
		}
		("VehicleRegistry", "ReportedStolen") => {
			Record::VehicleTheft { vehicle: f.id("vehicle")?, stolen: true }
		}
		("VehicleRegistry", "ReportedRecovered") => {
			Record::VehicleTheft { vehicle: f.id("vehicle")?, stolen: false }
		}
		("VehicleRegistry", "PermitBought") => Record::Permit {
			vehicle: f.id("vehicle")?,
			zone: f.id("zone")?,
			from: f.i64("from")?,
			until: f.i64("until")?,
			paid: f.amount("paid")?,
		},
		("VehicleRegistry", "FineIssued") => Record::FineIssued {
			fine: f.id("fine")?,
			vehicle: f.id("vehicle")?,
			amount: f.amount("amount")?,
			offence: f.i64("offence")?,
			evidence: f.hash("evidence")?,
			deadline: f.i64("deadline")?,
		},
		("VehicleRegistry", "FinePaid") => {
			Record::FineChanged { fine: f.id("fine")?, status: "paid", deadline: None }
		}
		("VehicleRegistry", "FineDisputed") => {
			Record::FineChanged { fine: f.id("fine")?, status: "disputed", deadline: None }
		}
		("VehicleRegistry", "FineUpheld") => Record::FineChanged {
			fine: f.id("fine")?,
			status: "upheld",
			deadline: Some(f.i64("deadline")?),
		},
		("VehicleRegistry", "FineDismissed") => {
			Record::FineChanged { fine: f.id("fine")?, status: "dismissed", deadline: None }
		}

		("IotAnchors", "Registered") => Record::DeviceRegistered {
			device: f.id("device")?,
			kind: Some(f.label("kind")?),
			location: None,
		},
		("IotAnchors", "Suspended" | "SuspendedByCity") => {
			Record::DeviceStatus { device: f.id("device")?, status: "suspended" }
		}
		("IotAnchors", "Resumed" | "ResumedByCity") => {
			Record::DeviceStatus { device: f.id("device")?, status: "active" }
		}
		("IotAnchors", "Revoked" | "RevokedByCity") => {
			Record::DeviceStatus { device: f.id("device")?, status: "revoked" }
		}
		("IotAnchors", "Anchored") => Record::Anchor {
			device: f.id("device")?,
			sequence: f.i64("sequence")?,
			root: f.hash("root")?,
			count: f.i64("count")?,
			timestamp: f.i64("timestamp")?,
		},
		_ => return Ok(Vec::new()),
	};
	Ok(vec![record])
}

/// A device's neighbourhood: the first five characters of its geohash (a cell of about 5 km by
/// 5 km), all that is shown of a meter's location.
pub const NEIGHBOURHOOD_LEN: usize = 5;

/// Whether a device kind is a utility meter (whose exact location is never shown).
pub fn is_meter(kind: &str) -> bool {
	kind.starts_with("Meter")
}

#[cfg(test)]
mod tests {
	use super::*;
	use subxt::ext::scale_value::Value;
	use subxt::utils::AccountId32;

	fn account(n: u8) -> Value<()> {
		Value::unnamed_composite(vec![Value::from_bytes([n; 32])])
	}

	#[test]
	fn a_spend_is_an_outflow_with_its_category_and_reference() {
		let fields = Composite::named(vec![
			("category", Value::unnamed_variant("PublicWorks", vec![])),
			("to", account(2)),
			("amount", Value::u128(7)),
			("reference", Value::from_bytes([9u8; 32])),
			("by_root", Value::bool(false)),
		]);
		let records = records_of("ReserveFund", "Spent", &fields).unwrap();
		assert_eq!(
			records,
			vec![Record::Flow(Flow {
				direction: "out",
				event: "Spent",
				category: "PublicWorks".into(),
				account: AccountId32([2; 32]).to_string(),
				amount: "7".into(),
				reference: format!("0x{}", "09".repeat(32)),
				obligation: None,
				by_root: false,
			})]
		);
	}

	#[test]
	fn no_record_names_a_credential_subject_a_vehicle_owner_or_a_meter_consumer() {
		let subject = AccountId32([5; 32]).to_string();
		let events: Vec<(&str, &str, Composite<()>)> = vec![
			(
				"IdentityRegistry",
				"CredentialIssued",
				Composite::named(vec![
					("id", Value::from_bytes([1u8; 32])),
					("subject", account(5)),
					("kind", Value::unnamed_variant("Resident", vec![])),
					("issued_by", Value::unnamed_variant("Issuer", vec![Value::u128(1)])),
					("expires_at", Value::unnamed_variant("None", vec![])),
				]),
			),
			(
				"VehicleRegistry",
				"Applied",
				Composite::named(vec![
					("vehicle", Value::u128(1)),
					("owner", account(5)),
					("vin", Value::from_bytes(b"VIN")),
				]),
			),
			(
				"IotAnchors",
				"MeterReported",
				Composite::named(vec![
					("device", Value::from_bytes([3u8; 32])),
					("consumer", account(5)),
					("units", Value::u128(10)),
				]),
			),
			(
				"VehicleRegistry",
				"FinePaid",
				Composite::named(vec![
					("fine", Value::u128(1)),
					("by", account(5)),
					("amount", Value::u128(1)),
				]),
			),
		];
		for (pallet, event, fields) in events {
			let records = records_of(pallet, event, &fields).unwrap();
			assert!(
				!format!("{records:?}").contains(&subject),
				"{pallet}.{event} kept a person: {records:?}"
			);
		}
	}

	#[test]
	fn an_applied_upgrade_keeps_the_code_hash_its_event_carries() {
		let fields = Composite::named(vec![("hash", Value::from_bytes([7u8; 32]))]);
		assert_eq!(
			records_of("System", "CodeUpdated", &fields).unwrap(),
			vec![Record::Upgrade {
				event: "applied",
				code_hash: Some(format!("0x{}", "07".repeat(32))),
				spec_version: None
			}]
		);
	}

	#[test]
	fn events_the_indexer_does_not_keep_give_no_record() {
		let fields = Composite::named(vec![("account", account(1))]);
		assert!(records_of("System", "NewAccount", &fields).unwrap().is_empty());
	}
}

//! The ledger API: read-only JSON (and CSV for money flows) over what the indexer kept.
//!
//! Every list takes `limit` (1 to 500, 50 by default) and `offset`, and its own filters; a
//! parameter it does not know, a repeated one or a malformed value is a 400 with the reason,
//! before any query runs. Balances are decimal strings of planck with a formatted CITY value
//! beside them (`amount`, `amount_city`); times are milliseconds since 1970 (`time_ms`) and
//! ISO 8601 in UTC (`time`). The OpenAPI document (`/openapi.json`) is built from the same
//! tables as the handlers, so it cannot drift from them.

use crate::db::{DbResult, Param, Store};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Map, Value};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

/// CITY has 12 decimals.
pub const DECIMALS: u32 = 12;
/// The most rows a page holds.
pub const MAX_LIMIT: i64 = 500;
/// The most rows a CSV export holds.
pub const MAX_CSV_ROWS: i64 = 100_000;

/// A balance in CITY: `1.5`, `0.000000000001`, `12`.
pub fn format_city(planck: u128) -> String {
	let unit = 10u128.pow(DECIMALS);
	let (whole, fraction) = (planck / unit, planck % unit);
	if fraction == 0 {
		return whole.to_string();
	}
	let fraction = format!("{fraction:0width$}", width = DECIMALS as usize);
	format!("{whole}.{}", fraction.trim_end_matches('0'))
}

/// What the follower reports to `/v1/status`.
#[derive(Clone, Default)]
pub struct Status(Arc<StatusInner>);

#[derive(Default)]
pub struct StatusInner {
	connected: AtomicBool,
	finalized: AtomicU64,
	indexed: AtomicU64,
}

impl Status {
	pub fn set_connected(&self, v: bool) {
		self.0.connected.store(v, Ordering::Relaxed)
	}
	pub fn set_finalized(&self, v: u64) {
		self.0.finalized.store(v, Ordering::Relaxed)
	}
	pub fn set_indexed(&self, v: u64) {
		self.0.indexed.store(v, Ordering::Relaxed)
	}
}

#[derive(Clone)]
pub struct AppState {
	pub store: Store,
	pub status: Status,
}

/// An answer that is not a success: 400 (bad query, with its reason), 404, or 500.
pub struct ApiError(StatusCode, String);

impl ApiError {
	fn bad(reason: impl Into<String>) -> Self {
		ApiError(StatusCode::BAD_REQUEST, reason.into())
	}
}

impl IntoResponse for ApiError {
	fn into_response(self) -> Response {
		(self.0, Json(json!({ "error": self.1 }))).into_response()
	}
}

impl From<Box<dyn std::error::Error + Send + Sync>> for ApiError {
	fn from(e: Box<dyn std::error::Error + Send + Sync>) -> Self {
		log::error!(target: "indexer", "API query failed: {e}");
		ApiError(StatusCode::INTERNAL_SERVER_ERROR, "the ledger database failed to answer".into())
	}
}

/// How a filter's value is checked and turned into a parameter.
#[derive(Clone, Copy)]
pub enum Kind {
	/// A non-negative integer (block, period, index).
	Int,
	/// An SS58 account (any prefix), compared in the generic prefix.
	Account,
	/// A variant label such as `PublicWorks` or `Other(3)`.
	Label,
	/// A 0x-prefixed 32-byte hash.
	Hash,
	/// An id: a decimal number or a 0x-prefixed hex string.
	Id,
	/// A plate: 1 to 16 letters, digits, spaces or dashes (upper case).
	Plate,
	/// A neighbourhood: a geohash prefix of 1 to 5 base-32 characters.
	Geohash,
	/// One of the values listed.
	OneOf(&'static [&'static str]),
}

impl Kind {
	fn schema(&self) -> Value {
		match self {
			Kind::Int => json!({ "type": "integer", "minimum": 0 }),
			Kind::OneOf(values) => json!({ "type": "string", "enum": values }),
			Kind::Account => json!({ "type": "string", "description": "an SS58 account" }),
			Kind::Hash => json!({ "type": "string", "pattern": "^0x[0-9a-f]{64}$" }),
			Kind::Plate => json!({ "type": "string", "pattern": "^[A-Z0-9 -]{1,16}$" }),
			Kind::Geohash => json!({ "type": "string", "pattern": "^[0-9b-hjkmnp-z]{1,5}$" }),
			Kind::Id => json!({ "type": "string", "description": "a number or 0x-prefixed hex" }),
			Kind::Label => {
				json!({ "type": "string", "description": "a category or kind, e.g. PublicWorks or Other(3)" })
			}
		}
	}

	fn parse(&self, name: &str, raw: &str) -> Result<Param, ApiError> {
		let bad = |what: &str| ApiError::bad(format!("`{name}` must be {what}, not {raw:?}"));
		Ok(match self {
			Kind::Int => Param::Int(
				raw.parse::<i64>()
					.ok()
					.filter(|n| *n >= 0)
					.ok_or_else(|| bad("a non-negative integer"))?,
			),
			Kind::Account => Param::Text(
				subxt::utils::AccountId32::from_str(raw)
					.map_err(|_| bad("an SS58 account"))?
					.to_string(),
			),
			Kind::Label => {
				let ok = !raw.is_empty()
					&& raw.len() <= 64
					&& raw.chars().all(|c| c.is_ascii_alphanumeric() || "(), ".contains(c));
				if !ok {
					return Err(bad("a category or kind such as PublicWorks or Other(3)"));
				}
				Param::Text(raw.to_string())
			}
			Kind::Hash => {
				let ok = raw.len() == 66
					&& raw.starts_with("0x")
					&& raw[2..].chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
				if !ok {
					return Err(bad("a 0x-prefixed 32-byte hash in lower-case hex"));
				}
				Param::Text(raw.to_string())
			}
			Kind::Id => {
				let number =
					!raw.is_empty() && raw.len() <= 39 && raw.chars().all(|c| c.is_ascii_digit());
				let hex = raw.len() > 2
					&& raw.len() <= 130
					&& raw.starts_with("0x")
					&& raw[2..].chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
				if !(number || hex) {
					return Err(bad("a decimal id or 0x-prefixed lower-case hex"));
				}
				Param::Text(raw.to_string())
			}
			Kind::Plate => {
				let ok = !raw.is_empty()
					&& raw.len() <= 16
					&& raw.chars().all(|c| {
						c.is_ascii_uppercase() || c.is_ascii_digit() || c == ' ' || c == '-'
					});
				if !ok {
					return Err(bad(
						"a plate of 1 to 16 capital letters, digits, spaces or dashes",
					));
				}
				Param::Text(raw.to_string())
			}
			Kind::Geohash => {
				// Neighbourhoods are kept to their first characters, all a filter can match.
				let ok = !raw.is_empty()
					&& raw.len() <= crate::records::NEIGHBOURHOOD_LEN
					&& raw.chars().all(|c| "0123456789bcdefghjkmnpqrstuvwxyz".contains(c));
				if !ok {
					return Err(bad(
						"a neighbourhood: a geohash prefix of 1 to 5 of 0-9, b-h, j, k, m, n, p-z",
					));
				}
				Param::Text(raw.to_string())
			}
			Kind::OneOf(values) => {
				if !values.contains(&raw) {
					return Err(bad(&format!("one of {}", values.join(", "))));
				}
				Param::Text(raw.to_string())
			}
		})
	}
}

/// A column of a list and how it appears in JSON.
#[derive(Clone, Copy)]
pub enum Col {
	Int(&'static str),
	OptInt(&'static str),
	Text(&'static str),
	OptText(&'static str),
	/// 0 or 1, as a boolean.
	Bool(&'static str),
	/// A balance: `name` (planck) and `name_city`.
	Amount(&'static str),
	OptAmount(&'static str),
	/// Milliseconds: `time_ms` and `time` (ISO 8601).
	Time(&'static str),
}

impl Col {
	fn sql(&self) -> &'static str {
		match self {
			Col::Int(c)
			| Col::OptInt(c)
			| Col::Text(c)
			| Col::OptText(c)
			| Col::Bool(c)
			| Col::Amount(c)
			| Col::OptAmount(c)
			| Col::Time(c) => c,
		}
	}

	fn write(&self, row: &AnyRow, out: &mut Map<String, Value>) -> DbResult<()> {
		match *self {
			Col::Int(c) => {
				out.insert(c.into(), json!(row.try_get::<i64, _>(c)?));
			}
			Col::OptInt(c) => {
				out.insert(c.into(), json!(row.try_get::<Option<i64>, _>(c)?));
			}
			Col::Text(c) => {
				out.insert(c.into(), json!(row.try_get::<String, _>(c)?));
			}
			Col::OptText(c) => {
				out.insert(c.into(), json!(row.try_get::<Option<String>, _>(c)?));
			}
			Col::Bool(c) => {
				out.insert(c.into(), json!(row.try_get::<i64, _>(c)? != 0));
			}
			Col::Amount(c) | Col::OptAmount(c) => {
				let v: Option<String> = row.try_get(c)?;
				let name = c.strip_suffix("_amount").unwrap_or(c);
				let city = match &v {
					Some(s) => Some(format_city(s.parse()?)),
					None => None,
				};
				out.insert(name.into(), json!(v));
				out.insert(format!("{name}_city"), json!(city));
			}
			Col::Time(c) => {
				let ms: i64 = row.try_get(c)?;
				let name = c.strip_suffix("_ms").unwrap_or(c);
				out.insert(c.into(), json!(ms));
				out.insert(name.into(), json!(iso_time(ms)));
			}
		}
		Ok(())
	}

	fn schema(&self, props: &mut Map<String, Value>) {
		let nullable = |t: &str| json!({ "type": [t, "null"] });
		match *self {
			Col::Int(c) => {
				props.insert(c.into(), json!({ "type": "integer" }));
			}
			Col::OptInt(c) => {
				props.insert(c.into(), nullable("integer"));
			}
			Col::Text(c) => {
				props.insert(c.into(), json!({ "type": "string" }));
			}
			Col::OptText(c) => {
				props.insert(c.into(), nullable("string"));
			}
			Col::Bool(c) => {
				props.insert(c.into(), json!({ "type": "boolean" }));
			}
			Col::Amount(c) | Col::OptAmount(c) => {
				let name = c.strip_suffix("_amount").unwrap_or(c);
				let t = if matches!(self, Col::Amount(_)) {
					json!("string")
				} else {
					json!(["string", "null"])
				};
				props.insert(
					name.into(),
					json!({ "type": t, "description": "planck (10^-12 CITY), decimal" }),
				);
				props.insert(
					format!("{name}_city"),
					json!({ "type": t, "description": "CITY, decimal" }),
				);
			}
			Col::Time(c) => {
				let name = c.strip_suffix("_ms").unwrap_or(c);
				props.insert(
					c.into(),
					json!({ "type": "integer", "description": "milliseconds since 1970" }),
				);
				props.insert(name.into(), json!({ "type": "string", "format": "date-time" }));
			}
		}
	}
}

/// Milliseconds since 1970 in ISO 8601, UTC.
pub fn iso_time(ms: i64) -> String {
	chrono::DateTime::from_timestamp_millis(ms)
		.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
		.unwrap_or_default()
}

/// A filter: the parameter, its SQL condition (`{}` is its placeholder) and its kind.
pub type Filter = (&'static str, &'static str, Kind);

/// A list the API serves.
pub struct List {
	pub path: &'static str,
	pub summary: &'static str,
	pub table: &'static str,
	pub columns: &'static [Col],
	pub filters: &'static [Filter],
	pub order: &'static str,
}

const DIRECTIONS: &[&str] = &["in", "out"];
const COLLECTIVES: &[&str] = &["council", "technical_committee"];
const MOTION_STATUSES: &[&str] = &["open", "approved", "disapproved", "executed", "killed"];
const REFERENDUM_STATUSES: &[&str] = &["ongoing", "passed", "not_passed", "cancelled"];
const SERIES_STATES: &[&str] =
	&["subscription", "active", "arrears", "called", "cancelled", "defaulted", "closed"];
const FINE_STATUSES: &[&str] = &["open", "paid", "disputed", "upheld", "dismissed"];
const DEVICE_STATUSES: &[&str] = &["active", "suspended", "revoked"];

const FLOW_COLUMNS: &[Col] = &[
	Col::Int("block"),
	Col::Int("event_index"),
	Col::Time("time_ms"),
	Col::Int("period"),
	Col::Text("direction"),
	Col::Text("event"),
	Col::Text("category"),
	Col::Text("account"),
	Col::Amount("amount"),
	Col::Text("reference"),
	Col::OptText("obligation"),
	Col::Bool("by_root"),
];
const FLOW_FILTERS: &[Filter] = &[
	("direction", "direction = {}", Kind::OneOf(DIRECTIONS)),
	("category", "category = {}", Kind::Label),
	("period", "period = {}", Kind::Int),
	("account", "account = {}", Kind::Account),
	("reference", "reference = {}", Kind::Hash),
	("from_block", "block >= {}", Kind::Int),
	("to_block", "block <= {}", Kind::Int),
];

/// Every list, in the order of the OpenAPI document.
pub const LISTS: &[List] = &[
	List {
		path: "/v1/flows",
		summary: "Every movement of money into and out of the reserve fund, oldest first.",
		table: "flows",
		columns: FLOW_COLUMNS,
		filters: FLOW_FILTERS,
		order: "block, event_index",
	},
	List {
		path: "/v1/flows/totals",
		summary: "Money in and out of the reserve fund per fiscal period, direction and category.",
		table: "flow_totals",
		columns: &[Col::Int("period"), Col::Text("direction"), Col::Text("category"), Col::Int("flows"), Col::Amount("amount")],
		filters: &[
			("period", "period = {}", Kind::Int),
			("from_period", "period >= {}", Kind::Int),
			("to_period", "period <= {}", Kind::Int),
			("direction", "direction = {}", Kind::OneOf(DIRECTIONS)),
			("category", "category = {}", Kind::Label),
		],
		order: "period, direction, category",
	},
	List {
		path: "/v1/budgets",
		summary: "Every budget the council set or removed, per category and fiscal period.",
		table: "budget_changes",
		columns: &[
			Col::Int("block"),
			Col::Int("event_index"),
			Col::Time("time_ms"),
			Col::Int("period"),
			Col::Text("category"),
			Col::OptAmount("limit_amount"),
		],
		filters: &[("category", "category = {}", Kind::Label), ("period", "period = {}", Kind::Int)],
		order: "block, event_index",
	},
	List {
		path: "/v1/receipts",
		summary: "CityCoin receipts: every city service paid, with its tax.",
		table: "receipts",
		columns: &[
			Col::Int("block"),
			Col::Int("event_index"),
			Col::Time("time_ms"),
			Col::Int("period"),
			Col::Text("receipt"),
			Col::Text("service"),
			Col::Text("payer"),
			Col::Amount("price"),
			Col::Amount("tax"),
			Col::Text("reference"),
		],
		filters: &[
			("service", "service = {}", Kind::Id),
			("account", "payer = {}", Kind::Account),
			("period", "period = {}", Kind::Int),
		],
		order: "block, event_index",
	},
	List {
		path: "/v1/payroll",
		summary: "Payroll runs: what was paid and what is owed, with the number of wages in arrears (never a wage by person).",
		table: "(SELECT r.*, (SELECT COUNT(*) FROM payroll_arrears a WHERE a.payroll_period = r.payroll_period) AS wages_in_arrears FROM payroll_runs r) runs",
		columns: &[
			Col::Int("block"),
			Col::Time("time_ms"),
			Col::Int("payroll_period"),
			Col::Amount("paid"),
			Col::Amount("owed"),
			Col::Int("wages_in_arrears"),
		],
		filters: &[("payroll_period", "payroll_period = {}", Kind::Int)],
		order: "block, event_index",
	},
	List {
		path: "/v1/bonds",
		summary: "Bond series: units, face value, state, and what was subscribed, paid in coupons and redeemed.",
		table: "bond_series",
		columns: &[
			Col::Text("series"),
			Col::Int("units"),
			Col::Amount("face"),
			Col::Bool("by_root"),
			Col::Int("issued_block"),
			Col::Time("issued_time_ms"),
			Col::Text("state"),
			Col::OptInt("sold"),
			Col::Amount("subscribed"),
			Col::Amount("coupons_paid"),
			Col::Amount("principal_redeemed"),
			Col::Int("updated_block"),
		],
		filters: &[("series", "series = {}", Kind::Id), ("state", "state = {}", Kind::OneOf(SERIES_STATES))],
		order: "issued_block, series",
	},
	List {
		path: "/v1/bonds/events",
		summary: "Subscriptions, transfers, coupons and redemptions of bonds.",
		table: "bond_events",
		columns: &[
			Col::Int("block"),
			Col::Int("event_index"),
			Col::Time("time_ms"),
			Col::Text("series"),
			Col::Text("event"),
			Col::OptText("account"),
			Col::OptText("counterparty"),
			Col::OptInt("units"),
			Col::OptAmount("amount"),
		],
		filters: &[
			("series", "series = {}", Kind::Id),
			("account", "(account = {} OR counterparty = {})", Kind::Account),
			("event", "event = {}", Kind::OneOf(&["Subscribed", "Transferred", "CouponsClaimed", "Redeemed", "Reclaimed"])),
		],
		order: "block, event_index",
	},
	List {
		path: "/v1/motions",
		summary: "Council and technical committee motions, with each member's vote.",
		table: "motions",
		columns: &[
			Col::Text("collective"),
			Col::Int("proposal_index"),
			Col::Text("hash"),
			Col::Text("proposer"),
			Col::Int("threshold"),
			Col::Int("proposed_block"),
			Col::Time("proposed_time_ms"),
			Col::Text("status"),
			Col::Int("ayes"),
			Col::Int("nays"),
			Col::OptText("result"),
			Col::OptInt("ended_block"),
		],
		filters: &[
			("collective", "collective = {}", Kind::OneOf(COLLECTIVES)),
			("status", "status = {}", Kind::OneOf(MOTION_STATUSES)),
		],
		order: "proposed_block, collective, proposal_index",
	},
	List {
		path: "/v1/referenda",
		summary: "Resident referenda, with their final tallies (ayes, nays, turnout, read from the state before the block that ended them) and results; vote_events counts votes cast, a changed vote again.",
		table: "referenda",
		columns: &[
			Col::Int("ref_index"),
			Col::Text("threshold"),
			Col::Int("started_block"),
			Col::Time("started_time_ms"),
			Col::Text("status"),
			Col::Int("vote_events"),
			Col::OptAmount("ayes"),
			Col::OptAmount("nays"),
			Col::OptAmount("turnout"),
			Col::OptInt("ended_block"),
		],
		filters: &[("status", "status = {}", Kind::OneOf(REFERENDUM_STATUSES))],
		order: "ref_index",
	},
	List {
		path: "/v1/upgrades",
		summary: "Runtime upgrades: each authorized code hash, and each code applied with its spec version.",
		table: "upgrades",
		columns: &[
			Col::Int("block"),
			Col::Int("event_index"),
			Col::Time("time_ms"),
			Col::Text("event"),
			Col::OptText("code_hash"),
			Col::Int("spec_version"),
		],
		filters: &[("event", "event = {}", Kind::OneOf(&["authorized", "applied"]))],
		order: "block, event_index",
	},
	List {
		path: "/v1/credentials",
		summary: "Credentials issued, suspended, reinstated, revoked, renewed and erased, counted per issuer and kind (never a subject).",
		table: "credential_counts",
		columns: &[
			Col::Text("issuer"),
			Col::Text("kind"),
			Col::Int("issued"),
			Col::Int("suspended"),
			Col::Int("reinstated"),
			Col::Int("revoked"),
			Col::Int("renewed"),
			Col::Int("erased"),
		],
		filters: &[("issuer", "issuer = {}", Kind::Label), ("kind", "kind = {}", Kind::Label)],
		order: "issuer, kind",
	},
	List {
		path: "/v1/permits",
		summary: "Parking permits bought, by plate and zone.",
		table: "permits",
		columns: &[
			Col::Int("block"),
			Col::Int("event_index"),
			Col::Time("time_ms"),
			Col::Text("plate"),
			Col::Text("zone"),
			Col::Int("valid_from"),
			Col::Int("valid_until"),
			Col::Amount("paid"),
		],
		filters: &[("plate", "plate = {}", Kind::Plate), ("zone", "zone = {}", Kind::Id)],
		order: "block, event_index",
	},
	List {
		path: "/v1/fines",
		summary: "Fines, by plate, with their state.",
		table: "fines",
		columns: &[
			Col::Text("fine"),
			Col::Text("plate"),
			Col::Amount("amount"),
			Col::Int("offence"),
			Col::Text("evidence"),
			Col::Int("deadline"),
			Col::Text("status"),
			Col::Int("issued_block"),
			Col::Time("issued_time_ms"),
			Col::Int("updated_block"),
		],
		filters: &[("plate", "plate = {}", Kind::Plate), ("status", "status = {}", Kind::OneOf(FINE_STATUSES))],
		order: "issued_block, fine",
	},
	List {
		path: "/v1/devices",
		summary: "IoT devices by kind and neighbourhood (a meter's exact location is never shown).",
		table: "devices",
		columns: &[
			Col::Text("device"),
			Col::Text("kind"),
			Col::Text("neighbourhood"),
			Col::OptText("location"),
			Col::Text("status"),
			Col::Int("registered_block"),
			Col::Int("anchors"),
			Col::OptInt("last_anchor_block"),
		],
		filters: &[
			("kind", "kind = {}", Kind::Label),
			("neighbourhood", "neighbourhood LIKE {} || '%'", Kind::Geohash),
			("status", "status = {}", Kind::OneOf(DEVICE_STATUSES)),
		],
		order: "registered_block, device",
	},
	List {
		path: "/v1/anchors",
		summary: "Anchors of IoT readings (Merkle roots signed by their device), newest first.",
		table: "anchors",
		columns: &[
			Col::Text("device"),
			Col::Int("sequence"),
			Col::Text("root"),
			Col::Int("readings"),
			Col::Time("timestamp_ms"),
			Col::Int("block"),
			Col::Int("event_index"),
		],
		filters: &[("device", "device = {}", Kind::Id), ("from_block", "block >= {}", Kind::Int)],
		order: "block DESC, event_index DESC",
	},
];

type Params = Vec<(String, String)>;

/// Checks a request's parameters against a list's filters (plus `limit` and `offset`, up to
/// `max_limit`): the WHERE clause, its parameters, the limit and the offset.
pub fn parse_query(
	filters: &[Filter],
	params: &Params,
	max_limit: i64,
	default_limit: i64,
) -> Result<(String, Vec<Param>, i64, i64), ApiError> {
	let mut seen = BTreeMap::new();
	for (name, value) in params {
		if seen.insert(name.as_str(), value.as_str()).is_some() {
			return Err(ApiError::bad(format!("`{name}` is given more than once")));
		}
	}
	let mut conditions = Vec::new();
	let mut binds = Vec::new();
	let (mut limit, mut offset) = (default_limit, 0);
	for (name, raw) in &seen {
		match *name {
			"limit" => {
				limit =
					raw.parse::<i64>().ok().filter(|n| (1..=max_limit).contains(n)).ok_or_else(
						|| ApiError::bad(format!("`limit` must be 1 to {max_limit}, not {raw:?}")),
					)?;
			}
			"offset" => {
				offset = raw
					.parse::<i64>()
					.ok()
					.filter(|n| (0..=1_000_000_000).contains(n))
					.ok_or_else(|| {
						ApiError::bad(format!("`offset` must be 0 to 1000000000, not {raw:?}"))
					})?;
			}
			_ => {
				let (_, condition, kind) =
					filters.iter().find(|(n, _, _)| n == name).ok_or_else(|| {
						let known: Vec<&str> =
							filters.iter().map(|(n, _, _)| *n).chain(["limit", "offset"]).collect();
						ApiError::bad(format!(
							"unknown parameter `{name}`; this list takes {}",
							known.join(", ")
						))
					})?;
				binds.push(kind.parse(name, raw)?);
				let placeholder = format!("${}", binds.len());
				conditions.push(condition.replace("{}", &placeholder));
			}
		}
	}
	let clause = if conditions.is_empty() {
		String::new()
	} else {
		format!(" WHERE {}", conditions.join(" AND "))
	};
	Ok((clause, binds, limit, offset))
}

/// A page of a list, as the query asked for it.
struct Page {
	total: i64,
	limit: i64,
	offset: i64,
	items: Vec<Map<String, Value>>,
}

async fn page(
	store: &Store,
	list: &List,
	params: &Params,
	max: i64,
	default: i64,
) -> Result<Page, ApiError> {
	let (clause, binds, limit, offset) = parse_query(list.filters, params, max, default)?;
	let total =
		store.count(&format!("SELECT COUNT(*) AS n FROM {}{clause}", list.table), &binds).await?;
	let columns: Vec<&str> = list.columns.iter().map(|c| c.sql()).collect();
	let mut all = binds.clone();
	all.push(Param::Int(limit));
	all.push(Param::Int(offset));
	let sql = format!(
		"SELECT {} FROM {}{clause} ORDER BY {} LIMIT ${} OFFSET ${}",
		columns.join(", "),
		list.table,
		list.order,
		binds.len() + 1,
		binds.len() + 2
	);
	let rows = store.fetch(&sql, &all).await?;
	let mut items = Vec::with_capacity(rows.len());
	for row in &rows {
		let mut item = Map::new();
		for c in list.columns {
			c.write(row, &mut item).map_err(ApiError::from)?;
		}
		items.push(item);
	}
	Ok(Page { total, limit, offset, items })
}

fn column<T>(row: &AnyRow, column: &str) -> Result<T, ApiError>
where
	T: for<'r> sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
	row.try_get::<T, _>(column)
		.map_err(|e| ApiError::from(Box::new(e) as Box<dyn std::error::Error + Send + Sync>))
}

fn list_by_path(path: &str) -> &'static List {
	LISTS.iter().find(|l| l.path == path).unwrap_or(&LISTS[0])
}

async fn list_handler(
	state: &AppState,
	list: &'static List,
	query: Result<Query<Params>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
	let Query(params) = query.map_err(|e| ApiError::bad(format!("malformed query string: {e}")))?;
	let Page { total, limit, offset, mut items } =
		page(&state.store, list, &params, MAX_LIMIT, 50).await?;
	if list.path == "/v1/motions" {
		for item in &mut items {
			let votes = state
				.store
				.fetch(
					"SELECT voter, aye, block FROM motion_votes WHERE collective = $1 AND proposal_index = $2 ORDER BY block, voter",
					&[
						Param::Text(item["collective"].as_str().unwrap_or_default().to_string()),
						Param::Int(item["proposal_index"].as_i64().unwrap_or_default()),
					],
				)
				.await?;
			let mut list = Vec::new();
			for v in &votes {
				list.push(json!({
					"voter": column::<String>(v, "voter")?,
					"aye": column::<i64>(v, "aye")? != 0,
					"block": column::<i64>(v, "block")?,
				}));
			}
			item.insert("votes".into(), Value::Array(list));
		}
	}
	Ok(Json(json!({ "total": total, "limit": limit, "offset": offset, "items": items })))
}

/// A CSV field, quoted when it must be.
fn csv_field(s: &str) -> String {
	if s.contains([',', '"', '\n', '\r']) {
		format!("\"{}\"", s.replace('"', "\"\""))
	} else {
		s.to_string()
	}
}

/// The CSV export's header: the JSON fields of a flow, in order.
pub const CSV_HEADER: &[&str] = &[
	"block",
	"event_index",
	"time",
	"period",
	"direction",
	"event",
	"category",
	"account",
	"amount",
	"amount_city",
	"reference",
	"obligation",
	"by_root",
];

async fn flows_csv(
	State(state): State<AppState>,
	query: Result<Query<Params>, QueryRejection>,
) -> Result<Response, ApiError> {
	let Query(params) = query.map_err(|e| ApiError::bad(format!("malformed query string: {e}")))?;
	let list = list_by_path("/v1/flows");
	let items = page(&state.store, list, &params, MAX_CSV_ROWS, MAX_CSV_ROWS).await?.items;
	let mut out = CSV_HEADER.join(",");
	out.push('\n');
	for item in items {
		let fields: Vec<String> = CSV_HEADER
			.iter()
			.map(|h| match &item[*h] {
				Value::String(s) => csv_field(s),
				Value::Null => String::new(),
				v => v.to_string(),
			})
			.collect();
		out.push_str(&fields.join(","));
		out.push('\n');
	}
	Ok((
		[
			(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
			(
				header::CONTENT_DISPOSITION,
				HeaderValue::from_static("attachment; filename=\"city-money-flows.csv\""),
			),
		],
		out,
	)
		.into_response())
}

/// A plate's registration, permits and fines: never its owner.
async fn vehicle(
	State(state): State<AppState>,
	plate: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<Json<Value>, ApiError> {
	let Path(plate) =
		plate.map_err(|e| ApiError::bad(format!("malformed plate in the path: {e}")))?;
	let Param::Text(plate) = Kind::Plate.parse("plate", &plate)? else {
		return Err(ApiError::bad("plate"));
	};
	let rows = state
		.store
		.fetch(
			"SELECT vehicle, plate, registered_block, registered_until, status, stolen FROM vehicles WHERE plate = $1 ORDER BY registered_block DESC LIMIT 1",
			&[Param::Text(plate.clone())],
		)
		.await?;
	let Some(row) = rows.first() else {
		return Err(ApiError(
			StatusCode::NOT_FOUND,
			format!("no vehicle was ever registered with the plate {plate:?}"),
		));
	};
	let mut vehicle = Map::new();
	for c in [
		Col::Text("plate"),
		Col::Int("registered_block"),
		Col::Int("registered_until"),
		Col::Text("status"),
		Col::Bool("stolen"),
	] {
		c.write(row, &mut vehicle).map_err(ApiError::from)?;
	}
	let params = vec![("plate".to_string(), plate)];
	let permits =
		page(&state.store, list_by_path("/v1/permits"), &params, MAX_LIMIT, MAX_LIMIT).await?.items;
	let fines =
		page(&state.store, list_by_path("/v1/fines"), &params, MAX_LIMIT, MAX_LIMIT).await?.items;
	vehicle.insert("permits".into(), json!(permits));
	vehicle.insert("fines".into(), json!(fines));
	Ok(Json(Value::Object(vehicle)))
}

async fn status(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
	let chain = state.store.chain().await?;
	let blocks = state.store.count("SELECT COUNT(*) AS n FROM blocks", &[]).await?;
	let s = &state.status.0;
	Ok(Json(json!({
		"genesis": chain.as_ref().map(|c| c.0.clone()),
		"first_block": chain.as_ref().map(|c| c.1),
		"last_block": chain.as_ref().map(|c| c.2),
		"blocks_indexed": blocks,
		"node_connected": s.connected.load(Ordering::Relaxed),
		"finalized_block": s.finalized.load(Ordering::Relaxed),
		"indexed_since_start": s.indexed.load(Ordering::Relaxed),
		"database": match state.store.backend { crate::db::Backend::Sqlite => "sqlite", crate::db::Backend::Postgres => "postgres" },
	})))
}

/// The OpenAPI 3.1 document, built from [`LISTS`].
pub fn openapi() -> Value {
	let mut paths = Map::new();
	let page_params = [
		json!({ "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 50 } }),
		json!({ "name": "offset", "in": "query", "schema": { "type": "integer", "minimum": 0, "default": 0 } }),
	];
	let bad = json!({ "description": "a bad query: `error` says why", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } });
	for list in LISTS {
		let mut props = Map::new();
		for c in list.columns {
			c.schema(&mut props);
		}
		if list.path == "/v1/motions" {
			props.insert(
				"votes".into(),
				json!({ "type": "array", "items": { "type": "object", "properties": { "voter": { "type": "string" }, "aye": { "type": "boolean" }, "block": { "type": "integer" } } } }),
			);
		}
		let mut params: Vec<Value> = list
			.filters
			.iter()
			.map(|(name, _, kind)| json!({ "name": name, "in": "query", "schema": kind.schema() }))
			.collect();
		params.extend(page_params.iter().cloned());
		paths.insert(
			list.path.into(),
			json!({ "get": {
				"summary": list.summary,
				"parameters": params,
				"responses": {
					"200": { "description": "a page", "content": { "application/json": { "schema": {
						"type": "object",
						"properties": {
							"total": { "type": "integer" }, "limit": { "type": "integer" }, "offset": { "type": "integer" },
							"items": { "type": "array", "items": { "type": "object", "properties": props } }
						}
					} } } },
					"400": bad,
				}
			} }),
		);
	}
	let mut csv_params: Vec<Value> = FLOW_FILTERS
		.iter()
		.map(|(name, _, kind)| json!({ "name": name, "in": "query", "schema": kind.schema() }))
		.collect();
	csv_params.push(json!({ "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_CSV_ROWS, "default": MAX_CSV_ROWS } }));
	csv_params.push(page_params[1].clone());
	paths.insert(
		"/v1/flows.csv".into(),
		json!({ "get": { "summary": format!("The money flows as CSV ({}), with the filters of /v1/flows.", CSV_HEADER.join(", ")), "parameters": csv_params,
			"responses": { "200": { "description": "CSV", "content": { "text/csv": {} } }, "400": bad } } }),
	);
	paths.insert(
		"/v1/vehicles/{plate}".into(),
		json!({ "get": { "summary": "A plate's registration (valid until), permits and fines; never its owner.",
			"parameters": [{ "name": "plate", "in": "path", "required": true, "schema": Kind::Plate.schema() }],
			"responses": { "200": { "description": "the vehicle" }, "400": bad, "404": { "description": "no vehicle was ever registered with this plate" } } } }),
	);
	paths.insert(
		"/v1/status".into(),
		json!({ "get": { "summary": "What the indexer has indexed and whether it follows a node.", "responses": { "200": { "description": "the status" } } } }),
	);
	json!({
		"openapi": "3.1.0",
		"info": {
			"title": "City Chain ledger API",
			"version": env!("CARGO_PKG_VERSION"),
			"description": "The history of the city's money, governance, bonds, credentials, vehicles and IoT anchors, from the chain's finalized blocks. Read-only. Balances: planck (10^-12 CITY) as decimal strings, with `_city` values beside them."
		},
		"paths": paths,
		"components": { "schemas": { "Error": { "type": "object", "properties": { "error": { "type": "string" } }, "required": ["error"] } } }
	})
}

/// The API's routes; with `portal`, the portal's built files (portal/dist) at `/` too, so one
/// address serves the portal and the API it reads.
pub fn router(state: AppState, portal: Option<std::path::PathBuf>) -> Router {
	// Every list of `LISTS` at its path: the routes and the OpenAPI document come from one table.
	let mut routes = Router::new();
	for list in LISTS {
		routes = routes.route(
			list.path,
			get(
				move |State(state): State<AppState>,
				      query: Result<Query<Params>, QueryRejection>| async move {
					list_handler(&state, list, query).await
				},
			),
		);
	}
	let routes = routes
		.route("/v1/flows.csv", get(flows_csv))
		.route("/v1/vehicles/{plate}", get(vehicle))
		.route("/v1/status", get(status))
		.route("/openapi.json", get(|| async { Json(openapi()) }));
	let routes = match portal {
		Some(dir) => routes.fallback_service(
			tower_http::services::ServeDir::new(dir).append_index_html_on_directories(true),
		),
		None => routes.fallback(|| async {
			ApiError(StatusCode::NOT_FOUND, "no such endpoint: see /openapi.json".into())
		}),
	};
	routes
		.layer(axum::middleware::map_response(|mut r: Response| async move {
			// A public, read-only API: any page (the portal, wherever it is served) may read it.
			r.headers_mut()
				.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
			r
		}))
		.with_state(state)
}

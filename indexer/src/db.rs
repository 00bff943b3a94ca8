//! The ledger's database: one schema and one set of queries for SQLite and PostgreSQL (sqlx's
//! `Any` driver; `$n` placeholders, `ON CONFLICT` upserts, BIGINT and TEXT only). Balances are
//! TEXT (decimal planck: a u128 does not fit a BIGINT), so sums are kept by the indexer in
//! `flow_totals`, in the transaction that writes the flows.
//!
//! Every block is written in one transaction with the `chain` row that records it as the last
//! block indexed, and only as the successor of the last one: a restart resumes at the next
//! block, and no block is written twice or skipped.

use crate::records::{is_meter, Flow, Record, Tally, NEIGHBOURHOOD_LEN};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};

pub type DbResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The schema, statement by statement (idempotent: run at every start).
const SCHEMA: &[&str] = &[
	"CREATE TABLE IF NOT EXISTS chain (id BIGINT PRIMARY KEY, genesis TEXT NOT NULL, first_block BIGINT NOT NULL, last_block BIGINT NOT NULL)",
	"CREATE TABLE IF NOT EXISTS blocks (number BIGINT PRIMARY KEY, hash TEXT NOT NULL, time_ms BIGINT NOT NULL, spec_version BIGINT NOT NULL, period BIGINT NOT NULL, records BIGINT NOT NULL)",
	"CREATE TABLE IF NOT EXISTS flows (block BIGINT NOT NULL, event_index BIGINT NOT NULL, time_ms BIGINT NOT NULL, period BIGINT NOT NULL, direction TEXT NOT NULL, event TEXT NOT NULL, category TEXT NOT NULL, account TEXT NOT NULL, amount TEXT NOT NULL, reference TEXT NOT NULL, obligation TEXT, by_root BIGINT NOT NULL, PRIMARY KEY (block, event_index))",
	"CREATE INDEX IF NOT EXISTS flows_by_period ON flows (period, direction, category)",
	"CREATE INDEX IF NOT EXISTS flows_by_account ON flows (account)",
	"CREATE TABLE IF NOT EXISTS flow_totals (period BIGINT NOT NULL, direction TEXT NOT NULL, category TEXT NOT NULL, flows BIGINT NOT NULL, amount TEXT NOT NULL, PRIMARY KEY (period, direction, category))",
	"CREATE TABLE IF NOT EXISTS budget_changes (block BIGINT NOT NULL, event_index BIGINT NOT NULL, time_ms BIGINT NOT NULL, period BIGINT NOT NULL, category TEXT NOT NULL, limit_amount TEXT, PRIMARY KEY (block, event_index))",
	"CREATE TABLE IF NOT EXISTS receipts (block BIGINT NOT NULL, event_index BIGINT NOT NULL, time_ms BIGINT NOT NULL, period BIGINT NOT NULL, receipt TEXT NOT NULL, service TEXT NOT NULL, payer TEXT NOT NULL, price TEXT NOT NULL, tax TEXT NOT NULL, reference TEXT NOT NULL, PRIMARY KEY (block, event_index))",
	"CREATE TABLE IF NOT EXISTS payroll_runs (block BIGINT NOT NULL, event_index BIGINT NOT NULL, time_ms BIGINT NOT NULL, payroll_period BIGINT NOT NULL, paid TEXT NOT NULL, owed TEXT NOT NULL, PRIMARY KEY (block, event_index))",
	"CREATE TABLE IF NOT EXISTS payroll_arrears (block BIGINT NOT NULL, event_index BIGINT NOT NULL, payroll_period BIGINT NOT NULL, arrears TEXT NOT NULL, PRIMARY KEY (block, event_index))",
	"CREATE TABLE IF NOT EXISTS bond_series (series TEXT PRIMARY KEY, units BIGINT NOT NULL, face TEXT NOT NULL, by_root BIGINT NOT NULL, issued_block BIGINT NOT NULL, issued_time_ms BIGINT NOT NULL, state TEXT NOT NULL, sold BIGINT, subscribed TEXT NOT NULL, coupons_paid TEXT NOT NULL, principal_redeemed TEXT NOT NULL, updated_block BIGINT NOT NULL)",
	"CREATE TABLE IF NOT EXISTS bond_events (block BIGINT NOT NULL, event_index BIGINT NOT NULL, time_ms BIGINT NOT NULL, series TEXT NOT NULL, event TEXT NOT NULL, account TEXT, counterparty TEXT, units BIGINT, amount TEXT, PRIMARY KEY (block, event_index))",
	"CREATE TABLE IF NOT EXISTS motions (collective TEXT NOT NULL, proposal_index BIGINT NOT NULL, hash TEXT NOT NULL, proposer TEXT NOT NULL, threshold BIGINT NOT NULL, proposed_block BIGINT NOT NULL, proposed_time_ms BIGINT NOT NULL, status TEXT NOT NULL, ayes BIGINT NOT NULL, nays BIGINT NOT NULL, result TEXT, ended_block BIGINT, PRIMARY KEY (collective, proposal_index))",
	"CREATE TABLE IF NOT EXISTS motion_votes (collective TEXT NOT NULL, proposal_index BIGINT NOT NULL, voter TEXT NOT NULL, aye BIGINT NOT NULL, block BIGINT NOT NULL, PRIMARY KEY (collective, proposal_index, voter))",
	"CREATE TABLE IF NOT EXISTS referenda (ref_index BIGINT PRIMARY KEY, threshold TEXT NOT NULL, started_block BIGINT NOT NULL, started_time_ms BIGINT NOT NULL, status TEXT NOT NULL, vote_events BIGINT NOT NULL, ayes TEXT, nays TEXT, turnout TEXT, ended_block BIGINT)",
	"CREATE TABLE IF NOT EXISTS upgrades (block BIGINT NOT NULL, event_index BIGINT NOT NULL, time_ms BIGINT NOT NULL, event TEXT NOT NULL, code_hash TEXT, spec_version BIGINT NOT NULL, PRIMARY KEY (block, event_index))",
	"CREATE TABLE IF NOT EXISTS credentials (credential TEXT PRIMARY KEY, issuer TEXT NOT NULL, kind TEXT NOT NULL)",
	"CREATE TABLE IF NOT EXISTS credential_counts (issuer TEXT NOT NULL, kind TEXT NOT NULL, issued BIGINT NOT NULL, suspended BIGINT NOT NULL, reinstated BIGINT NOT NULL, revoked BIGINT NOT NULL, renewed BIGINT NOT NULL, erased BIGINT NOT NULL, PRIMARY KEY (issuer, kind))",
	"CREATE TABLE IF NOT EXISTS vehicles (vehicle TEXT PRIMARY KEY, plate TEXT NOT NULL, registered_block BIGINT NOT NULL, registered_until BIGINT NOT NULL, status TEXT NOT NULL, stolen BIGINT NOT NULL)",
	"CREATE INDEX IF NOT EXISTS vehicles_by_plate ON vehicles (plate)",
	"CREATE TABLE IF NOT EXISTS permits (block BIGINT NOT NULL, event_index BIGINT NOT NULL, time_ms BIGINT NOT NULL, vehicle TEXT NOT NULL, plate TEXT NOT NULL, zone TEXT NOT NULL, valid_from BIGINT NOT NULL, valid_until BIGINT NOT NULL, paid TEXT NOT NULL, PRIMARY KEY (block, event_index))",
	"CREATE TABLE IF NOT EXISTS fines (fine TEXT PRIMARY KEY, vehicle TEXT NOT NULL, plate TEXT NOT NULL, amount TEXT NOT NULL, offence BIGINT NOT NULL, evidence TEXT NOT NULL, deadline BIGINT NOT NULL, status TEXT NOT NULL, issued_block BIGINT NOT NULL, issued_time_ms BIGINT NOT NULL, updated_block BIGINT NOT NULL)",
	"CREATE TABLE IF NOT EXISTS devices (device TEXT PRIMARY KEY, kind TEXT NOT NULL, neighbourhood TEXT NOT NULL, location TEXT, status TEXT NOT NULL, registered_block BIGINT NOT NULL, anchors BIGINT NOT NULL, last_anchor_block BIGINT)",
	// A device revoked and registered again with the same key starts its sequence again: the
	// anchor's event is its key.
	"CREATE TABLE IF NOT EXISTS anchors (device TEXT NOT NULL, sequence BIGINT NOT NULL, root TEXT NOT NULL, readings BIGINT NOT NULL, timestamp_ms BIGINT NOT NULL, block BIGINT NOT NULL, event_index BIGINT NOT NULL, PRIMARY KEY (block, event_index))",
	"CREATE INDEX IF NOT EXISTS anchors_by_device ON anchors (device, sequence)",
];

/// A block as the indexer writes it.
#[derive(Clone, Debug)]
pub struct BlockRow {
	pub number: i64,
	pub hash: String,
	pub time_ms: i64,
	pub spec_version: i64,
	/// The reserve fund's fiscal period of this block.
	pub period: i64,
}

/// Which database a URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
	Sqlite,
	Postgres,
}

#[derive(Clone)]
pub struct Store {
	pub pool: AnyPool,
	pub backend: Backend,
}

/// A query parameter.
#[derive(Clone, Debug)]
pub enum Param {
	Int(i64),
	Text(String),
	OptText(Option<String>),
	OptInt(Option<i64>),
}

fn bind_all<'q>(
	mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
	params: &[Param],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
	for p in params {
		q = match p {
			Param::Int(v) => q.bind(*v),
			Param::Text(v) => q.bind(v.clone()),
			Param::OptText(v) => q.bind(v.clone()),
			Param::OptInt(v) => q.bind(*v),
		};
	}
	q
}

fn add(a: &str, b: &str) -> DbResult<String> {
	let (a, b): (u128, u128) = (a.parse()?, b.parse()?);
	Ok(a.checked_add(b).ok_or("a total overflows u128")?.to_string())
}

impl Store {
	/// Opens (and creates, for SQLite) the database at `url` (`sqlite:PATH` or
	/// `postgres://…`) and brings its schema up to date.
	pub async fn open(url: &str) -> DbResult<Store> {
		sqlx::any::install_default_drivers();
		let backend = if url.starts_with("sqlite:") {
			Backend::Sqlite
		} else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
			Backend::Postgres
		} else {
			return Err(format!(
				"unsupported database URL {url:?}: use sqlite:PATH or postgres://…"
			)
			.into());
		};
		let url = match backend {
			Backend::Sqlite if !url.contains("mode=") => {
				format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
			}
			_ => url.to_string(),
		};
		let pool = AnyPoolOptions::new().max_connections(8).connect(&url).await?;
		if backend == Backend::Sqlite {
			// Readers (the API) do not wait for the writer (the follower), nor it for them.
			sqlx::query("PRAGMA journal_mode=WAL").execute(&pool).await?;
		}
		if backend == Backend::Postgres {
			// Lists sort by text columns too (categories, ids): in the C collation PostgreSQL
			// sorts them byte by byte, as SQLite does, and both give the same pages.
			let row = sqlx::query(
				"SELECT datcollate::text AS c FROM pg_database WHERE datname = current_database()",
			)
			.fetch_one(&pool)
			.await?;
			let collation: String = row.try_get("c")?;
			if !matches!(collation.as_str(), "C" | "POSIX" | "C.UTF-8" | "C.utf8") {
				log::warn!(target: "indexer", "the database's collation is {collation}: lists sorted by text may order differently than with SQLite (create it with `createdb --locale=C`)");
			}
		}
		for statement in SCHEMA {
			sqlx::query(statement).execute(&pool).await?;
		}
		Ok(Store { pool, backend })
	}

	/// The chain this database indexes and the last block indexed, if any.
	pub async fn chain(&self) -> DbResult<Option<(String, i64, i64)>> {
		let row = sqlx::query("SELECT genesis, first_block, last_block FROM chain WHERE id = 1")
			.fetch_optional(&self.pool)
			.await?;
		Ok(match row {
			Some(r) => {
				Some((r.try_get("genesis")?, r.try_get("first_block")?, r.try_get("last_block")?))
			}
			None => None,
		})
	}

	/// Writes a block and its records in one transaction, as the successor of the last block
	/// indexed (or as the first, for an empty database).
	pub async fn write_block(
		&self,
		genesis: &str,
		block: &BlockRow,
		records: &[(i64, Record)],
	) -> DbResult<()> {
		let mut tx = self.pool.begin().await?;
		let last = sqlx::query("SELECT genesis, last_block FROM chain WHERE id = 1")
			.fetch_optional(&mut *tx)
			.await?;
		match last {
			None => {
				sqlx::query("INSERT INTO chain (id, genesis, first_block, last_block) VALUES (1, $1, $2, $3)")
					.bind(genesis.to_string())
					.bind(block.number)
					.bind(block.number)
					.execute(&mut *tx)
					.await?;
			}
			Some(row) => {
				let (g, last): (String, i64) =
					(row.try_get("genesis")?, row.try_get("last_block")?);
				if g != genesis {
					return Err(format!(
						"this database indexes the chain with genesis {g}, not {genesis}"
					)
					.into());
				}
				if block.number != last + 1 {
					return Err(format!(
						"block {} is not the successor of the last block indexed, {last}",
						block.number
					)
					.into());
				}
				sqlx::query("UPDATE chain SET last_block = $1 WHERE id = 1")
					.bind(block.number)
					.execute(&mut *tx)
					.await?;
			}
		}
		sqlx::query("INSERT INTO blocks (number, hash, time_ms, spec_version, period, records) VALUES ($1, $2, $3, $4, $5, $6)")
			.bind(block.number)
			.bind(block.hash.clone())
			.bind(block.time_ms)
			.bind(block.spec_version)
			.bind(block.period)
			.bind(records.len() as i64)
			.execute(&mut *tx)
			.await?;
		for (event_index, record) in records {
			for (sql, params) in statements(block, *event_index, record) {
				match sql {
					Statement::Exec(sql) => {
						bind_all(sqlx::query(sql), &params).execute(&mut *tx).await?;
					}
					Statement::AddFlowTotal => {
						// params: period, direction, category, amount
						let (
							Param::Int(period),
							Param::Text(direction),
							Param::Text(category),
							Param::Text(amount),
						) = (&params[0], &params[1], &params[2], &params[3])
						else {
							return Err("flow total parameters".into());
						};
						let current = sqlx::query(
							"SELECT flows, amount FROM flow_totals WHERE period = $1 AND direction = $2 AND category = $3",
						)
						.bind(*period)
						.bind(direction.clone())
						.bind(category.clone())
						.fetch_optional(&mut *tx)
						.await?;
						let (flows, total) = match current {
							Some(r) => (
								r.try_get::<i64, _>("flows")? + 1,
								add(&r.try_get::<String, _>("amount")?, amount)?,
							),
							None => (1, amount.clone()),
						};
						sqlx::query(
							"INSERT INTO flow_totals (period, direction, category, flows, amount) VALUES ($1, $2, $3, $4, $5) \
							 ON CONFLICT (period, direction, category) DO UPDATE SET flows = excluded.flows, amount = excluded.amount",
						)
						.bind(*period)
						.bind(direction.clone())
						.bind(category.clone())
						.bind(flows)
						.bind(total)
						.execute(&mut *tx)
						.await?;
					}
					Statement::AddToSeries(column) => {
						let (Param::Text(series), Param::Text(amount)) = (&params[0], &params[1])
						else {
							return Err("series total parameters".into());
						};
						let row = sqlx::query(&format!(
							"SELECT {column} AS total FROM bond_series WHERE series = $1"
						))
						.bind(series.clone())
						.fetch_optional(&mut *tx)
						.await?;
						if let Some(row) = row {
							let total = add(&row.try_get::<String, _>("total")?, amount)?;
							sqlx::query(&format!("UPDATE bond_series SET {column} = $1, updated_block = $2 WHERE series = $3"))
								.bind(total)
								.bind(block.number)
								.bind(series.clone())
								.execute(&mut *tx)
								.await?;
						}
					}
				}
			}
		}
		tx.commit().await?;
		Ok(())
	}

	/// Runs a read query and returns its rows.
	pub async fn fetch(&self, sql: &str, params: &[Param]) -> DbResult<Vec<AnyRow>> {
		Ok(bind_all(sqlx::query(sql), params).fetch_all(&self.pool).await?)
	}

	/// Runs a `SELECT COUNT(*) AS n …` query.
	pub async fn count(&self, sql: &str, params: &[Param]) -> DbResult<i64> {
		let row = bind_all(sqlx::query(sql), params).fetch_one(&self.pool).await?;
		Ok(row.try_get::<i64, _>("n")?)
	}
}

/// What a record does to the database.
enum Statement {
	Exec(&'static str),
	/// Adds a flow to its period's total (read, add as u128, write).
	AddFlowTotal,
	/// Adds an amount to a bond series' TEXT total column.
	AddToSeries(&'static str),
}

fn statements(block: &BlockRow, event_index: i64, record: &Record) -> Vec<(Statement, Vec<Param>)> {
	use Param::*;
	use Statement::*;
	let (b, e, t, p) = (Int(block.number), Int(event_index), Int(block.time_ms), Int(block.period));
	let text = |s: &str| Text(s.to_string());
	let opt = |s: &Option<String>| OptText(s.clone());
	match record {
		Record::Flow(Flow { direction, event, category, account, amount, reference, obligation, by_root }) => vec![
			(
				Exec("INSERT INTO flows (block, event_index, time_ms, period, direction, event, category, account, amount, reference, obligation, by_root) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"),
				vec![b, e, t, p.clone(), text(direction), text(event), text(category), text(account), text(amount), text(reference), opt(obligation), Int(*by_root as i64)],
			),
			(AddFlowTotal, vec![p, text(direction), text(category), text(amount)]),
		],
		Record::Budget { category, limit } => vec![(
			Exec("INSERT INTO budget_changes (block, event_index, time_ms, period, category, limit_amount) VALUES ($1, $2, $3, $4, $5, $6)"),
			vec![b, e, t, p, text(category), opt(limit)],
		)],
		Record::Receipt { receipt, payer, service, price, tax, reference } => vec![(
			Exec("INSERT INTO receipts (block, event_index, time_ms, period, receipt, service, payer, price, tax, reference) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"),
			vec![b, e, t, p, text(receipt), text(service), text(payer), text(price), text(tax), text(reference)],
		)],
		Record::PayrollRun { payroll_period, paid, owed } => vec![(
			Exec("INSERT INTO payroll_runs (block, event_index, time_ms, payroll_period, paid, owed) VALUES ($1, $2, $3, $4, $5, $6)"),
			vec![b, e, t, Int(*payroll_period), text(paid), text(owed)],
		)],
		Record::WageArrears { payroll_period, arrears } => vec![(
			Exec("INSERT INTO payroll_arrears (block, event_index, payroll_period, arrears) VALUES ($1, $2, $3, $4)"),
			vec![b, e, Int(*payroll_period), text(arrears)],
		)],
		Record::BondSeriesIssued { series, units, face, by_root } => vec![(
			Exec("INSERT INTO bond_series (series, units, face, by_root, issued_block, issued_time_ms, state, sold, subscribed, coupons_paid, principal_redeemed, updated_block) VALUES ($1, $2, $3, $4, $5, $6, 'subscription', NULL, '0', '0', '0', $5) ON CONFLICT (series) DO NOTHING"),
			vec![text(series), Int(*units), text(face), Int(*by_root as i64), b, t],
		)],
		Record::BondSeriesState { series, state, sold } => vec![(
			Exec("UPDATE bond_series SET state = $1, sold = COALESCE($2, sold), updated_block = $3 WHERE series = $4"),
			vec![text(state), OptInt(*sold), b, text(series)],
		)],
		Record::BondEvent { series, event, account, counterparty, units, amount } => {
			let mut out = vec![(
				Exec("INSERT INTO bond_events (block, event_index, time_ms, series, event, account, counterparty, units, amount) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
				vec![b, e, t, text(series), text(event), opt(account), opt(counterparty), OptInt(*units), opt(amount)],
			)];
			let column = match *event {
				"Subscribed" => Some("subscribed"),
				"CouponsClaimed" => Some("coupons_paid"),
				"Redeemed" => Some("principal_redeemed"),
				_ => None,
			};
			if let (Some(column), Some(amount)) = (column, amount) {
				out.push((AddToSeries(column), vec![text(series), text(amount)]));
			}
			out
		},
		Record::MotionProposed { collective, index, hash, proposer, threshold } => vec![(
			Exec("INSERT INTO motions (collective, proposal_index, hash, proposer, threshold, proposed_block, proposed_time_ms, status, ayes, nays, result, ended_block) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', 0, 0, NULL, NULL)"),
			vec![text(collective), Int(*index), text(hash), text(proposer), Int(*threshold), b, t],
		)],
		Record::MotionVoted { collective, hash, voter, aye, ayes, nays } => vec![
			(
				Exec("INSERT INTO motion_votes (collective, proposal_index, voter, aye, block) SELECT collective, proposal_index, $1, $2, $3 FROM motions WHERE collective = $4 AND hash = $5 AND status = 'open' ON CONFLICT (collective, proposal_index, voter) DO UPDATE SET aye = excluded.aye, block = excluded.block"),
				vec![text(voter), Int(*aye as i64), b.clone(), text(collective), text(hash)],
			),
			(
				Exec("UPDATE motions SET ayes = $1, nays = $2 WHERE collective = $3 AND hash = $4 AND status = 'open'"),
				vec![Int(*ayes), Int(*nays), text(collective), text(hash)],
			),
		],
		Record::MotionEnded { collective, hash, status, result, counts } => {
			// `Closed` comes before `Approved`/`Disapproved` and gives the final counts; the
			// motion stays open for them, then `Executed` follows `Approved`.
			let mut out = Vec::new();
			if let Some((ayes, nays)) = counts {
				out.push((
					Exec("UPDATE motions SET ayes = $1, nays = $2 WHERE collective = $3 AND hash = $4 AND status = 'open'"),
					vec![Int(*ayes), Int(*nays), text(collective), text(hash)],
				));
			}
			match *status {
				"closed" => {},
				"executed" => out.push((
					Exec("UPDATE motions SET status = 'executed', result = $1, ended_block = $2 WHERE collective = $3 AND hash = $4 AND status IN ('open', 'approved')"),
					vec![opt(result), b, text(collective), text(hash)],
				)),
				_ => out.push((
					Exec("UPDATE motions SET status = $1, ended_block = $2 WHERE collective = $3 AND hash = $4 AND status = 'open'"),
					vec![text(status), b, text(collective), text(hash)],
				)),
			}
			out
		},
		Record::ReferendumStarted { index, threshold } => vec![(
			Exec("INSERT INTO referenda (ref_index, threshold, started_block, started_time_ms, status, vote_events, ayes, nays, turnout, ended_block) VALUES ($1, $2, $3, $4, 'ongoing', 0, NULL, NULL, NULL, NULL) ON CONFLICT (ref_index) DO NOTHING"),
			vec![Int(*index), text(threshold), b, t],
		)],
		Record::ReferendumVoted { index } =>
			vec![(Exec("UPDATE referenda SET vote_events = vote_events + 1 WHERE ref_index = $1"), vec![Int(*index)])],
		Record::ReferendumEnded { index, status, tally } => {
			let (ayes, nays, turnout) = match tally {
				Some(Tally { ayes, nays, turnout }) => (Some(ayes.clone()), Some(nays.clone()), Some(turnout.clone())),
				None => (None, None, None),
			};
			vec![(
				Exec("UPDATE referenda SET status = $1, ayes = COALESCE($2, ayes), nays = COALESCE($3, nays), turnout = COALESCE($4, turnout), ended_block = $5 WHERE ref_index = $6"),
				vec![text(status), OptText(ayes), OptText(nays), OptText(turnout), b, Int(*index)],
			)]
		},
		Record::Upgrade { event, code_hash, spec_version } => vec![(
			Exec("INSERT INTO upgrades (block, event_index, time_ms, event, code_hash, spec_version) VALUES ($1, $2, $3, $4, $5, $6)"),
			vec![b, e, t, text(event), opt(code_hash), Int(spec_version.unwrap_or(block.spec_version))],
		)],
		Record::CredentialIssued { credential, issuer, kind } => vec![
			(
				Exec("INSERT INTO credentials (credential, issuer, kind) VALUES ($1, $2, $3) ON CONFLICT (credential) DO UPDATE SET issuer = excluded.issuer, kind = excluded.kind"),
				vec![text(credential), text(issuer), text(kind)],
			),
			(
				Exec("INSERT INTO credential_counts (issuer, kind, issued, suspended, reinstated, revoked, renewed, erased) VALUES ($1, $2, 1, 0, 0, 0, 0, 0) ON CONFLICT (issuer, kind) DO UPDATE SET issued = credential_counts.issued + 1"),
				vec![text(issuer), text(kind)],
			),
		],
		Record::CredentialChanged { credential, change } => {
			let sql = match *change {
				"suspended" => "UPDATE credential_counts SET suspended = suspended + 1 WHERE (issuer, kind) IN (SELECT issuer, kind FROM credentials WHERE credential = $1)",
				"reinstated" => "UPDATE credential_counts SET reinstated = reinstated + 1 WHERE (issuer, kind) IN (SELECT issuer, kind FROM credentials WHERE credential = $1)",
				"revoked" => "UPDATE credential_counts SET revoked = revoked + 1 WHERE (issuer, kind) IN (SELECT issuer, kind FROM credentials WHERE credential = $1)",
				"renewed" => "UPDATE credential_counts SET renewed = renewed + 1 WHERE (issuer, kind) IN (SELECT issuer, kind FROM credentials WHERE credential = $1)",
				_ => "UPDATE credential_counts SET erased = erased + 1 WHERE (issuer, kind) IN (SELECT issuer, kind FROM credentials WHERE credential = $1)",
			};
			vec![(Exec(sql), vec![text(credential)])]
		},
		Record::VehicleRegistered { vehicle, plate, until } => vec![(
			Exec("INSERT INTO vehicles (vehicle, plate, registered_block, registered_until, status, stolen) VALUES ($1, $2, $3, $4, 'registered', 0) ON CONFLICT (vehicle) DO UPDATE SET plate = excluded.plate, registered_block = excluded.registered_block, registered_until = excluded.registered_until, status = 'registered'"),
			vec![text(vehicle), text(plate), b, Int(*until)],
		)],
		Record::VehicleRenewed { vehicle, until } => vec![(
			Exec("UPDATE vehicles SET registered_until = $1 WHERE vehicle = $2"),
			vec![Int(*until), text(vehicle)],
		)],
		Record::VehicleDeregistered { vehicle, reason } => vec![(
			Exec("UPDATE vehicles SET status = $1 WHERE vehicle = $2"),
			vec![Text(format!("deregistered: {reason}")), text(vehicle)],
		)],
		Record::VehicleTheft { vehicle, stolen } => vec![(
			Exec("UPDATE vehicles SET stolen = $1 WHERE vehicle = $2"),
			vec![Int(*stolen as i64), text(vehicle)],
		)],
		Record::Permit { vehicle, zone, from, until, paid } => vec![(
			Exec("INSERT INTO permits (block, event_index, time_ms, vehicle, plate, zone, valid_from, valid_until, paid) SELECT $1, $2, $3, $4, COALESCE((SELECT plate FROM vehicles WHERE vehicle = $4), ''), $5, $6, $7, $8"),
			vec![b, e, t, text(vehicle), text(zone), Int(*from), Int(*until), text(paid)],
		)],
		Record::FineIssued { fine, vehicle, amount, offence, evidence, deadline } => vec![(
			Exec("INSERT INTO fines (fine, vehicle, plate, amount, offence, evidence, deadline, status, issued_block, issued_time_ms, updated_block) SELECT $1, $2, COALESCE((SELECT plate FROM vehicles WHERE vehicle = $2), ''), $3, $4, $5, $6, 'open', $7, $8, $7"),
			vec![text(fine), text(vehicle), text(amount), Int(*offence), text(evidence), Int(*deadline), b, t],
		)],
		Record::FineChanged { fine, status, deadline } => vec![(
			Exec("UPDATE fines SET status = $1, deadline = COALESCE($2, deadline), updated_block = $3 WHERE fine = $4"),
			vec![text(status), OptInt(*deadline), b, text(fine)],
		)],
		Record::DeviceRegistered { device, kind, location } => {
			let kind = kind.clone().unwrap_or_default();
			let location = location.clone().unwrap_or_default();
			let neighbourhood: String = location.chars().take(NEIGHBOURHOOD_LEN).collect();
			// A meter's location is its consumer's address: only its neighbourhood is kept.
			let exact = if is_meter(&kind) { None } else { Some(location) };
			vec![(
				Exec("INSERT INTO devices (device, kind, neighbourhood, location, status, registered_block, anchors, last_anchor_block) VALUES ($1, $2, $3, $4, 'active', $5, 0, NULL) ON CONFLICT (device) DO UPDATE SET kind = excluded.kind, neighbourhood = excluded.neighbourhood, location = excluded.location, status = 'active', registered_block = excluded.registered_block, anchors = 0, last_anchor_block = NULL"),
				vec![text(device), Text(kind), Text(neighbourhood), OptText(exact), b],
			)]
		},
		Record::DeviceStatus { device, status } => vec![(
			Exec("UPDATE devices SET status = $1 WHERE device = $2"),
			vec![text(status), text(device)],
		)],
		Record::Anchor { device, sequence, root, count, timestamp } => vec![
			(
				Exec("INSERT INTO anchors (device, sequence, root, readings, timestamp_ms, block, event_index) VALUES ($1, $2, $3, $4, $5, $6, $7)"),
				vec![text(device), Int(*sequence), text(root), Int(*count), Int(*timestamp), b.clone(), e],
			),
			(
				Exec("UPDATE devices SET anchors = anchors + 1, last_anchor_block = $1 WHERE device = $2"),
				vec![b, text(device)],
			),
		],
	}
}

//! The ledger's database and API without a node: the same records written to SQLite and to a
//! real PostgreSQL server (started here, Debian's `postgresql`) give the same answers; a block
//! is written once and only after its predecessor; bad queries get a 400 with their reason.
//! (e2e/tests/indexer.test.mjs follows a real chain.)

use axum::body::{to_bytes, Body};
use axum::http::{Request, StatusCode};
use city_indexer::api::{self, AppState, Status};
use city_indexer::db::{BlockRow, Store};
use city_indexer::records::{Flow, Record};
use serde_json::Value;
use std::process::Command;
use std::time::Duration;
use tower::ServiceExt;

const GENESIS: &str = "0x1111111111111111111111111111111111111111111111111111111111111111";

fn account(n: u8) -> String {
	subxt::utils::AccountId32([n; 32]).to_string()
}

fn hash(n: u8) -> String {
	format!("0x{}", hex::encode([n; 32]))
}

fn flow(
	direction: &'static str,
	event: &'static str,
	category: &str,
	who: u8,
	amount: u128,
	reference: u8,
) -> Record {
	Record::Flow(Flow {
		direction,
		event,
		category: category.into(),
		account: account(who),
		amount: amount.to_string(),
		reference: hash(reference),
		obligation: None,
		by_root: false,
	})
}

const CITY: u128 = 1_000_000_000_000;

/// Block `number` of the test chain: 6 s apart from 2027-01-15T08:00Z, four blocks a period.
fn block(number: i64) -> BlockRow {
	BlockRow {
		number,
		hash: hash(100 + number as u8),
		time_ms: 1_800_000_000_000 + number * 6_000,
		spec_version: 100,
		period: number / 4,
	}
}

/// A small city history: blocks 1 to 6, every kind of record.
fn history() -> Vec<(BlockRow, Vec<(i64, Record)>)> {
	vec![
		(
			block(1),
			vec![
				(
					0,
					Record::Budget {
						category: "PublicWorks".into(),
						limit: Some((1_000 * CITY).to_string()),
					},
				),
				(1, flow("in", "Received", "Fees", 1, 3 * CITY / 10, 0)),
				(
					2,
					Record::MotionProposed {
						collective: "council",
						index: 0,
						hash: hash(7),
						proposer: account(1),
						threshold: 2,
					},
				),
				(
					3,
					Record::BondSeriesIssued {
						series: "0".into(),
						units: 100,
						face: (10 * CITY).to_string(),
						by_root: false,
					},
				),
			],
		),
		(
			block(2),
			vec![
				(
					0,
					Record::MotionVoted {
						collective: "council",
						hash: hash(7),
						voter: account(1),
						aye: true,
						ayes: 1,
						nays: 0,
					},
				),
				(
					1,
					Record::MotionVoted {
						collective: "council",
						hash: hash(7),
						voter: account(2),
						aye: true,
						ayes: 2,
						nays: 0,
					},
				),
				(
					2,
					Record::BondEvent {
						series: "0".into(),
						event: "Subscribed",
						account: Some(account(3)),
						counterparty: None,
						units: Some(5),
						amount: Some((50 * CITY).to_string()),
					},
				),
				(3, flow("in", "Received", "BondSubscription", 3, 50 * CITY, 8)),
			],
		),
		(
			block(3),
			vec![
				(
					0,
					Record::MotionEnded {
						collective: "council",
						hash: hash(7),
						status: "closed",
						result: None,
						counts: Some((2, 0)),
					},
				),
				(
					1,
					Record::MotionEnded {
						collective: "council",
						hash: hash(7),
						status: "approved",
						result: None,
						counts: None,
					},
				),
				(2, flow("out", "Spent", "PublicWorks", 4, 250 * CITY, 9)),
				(
					3,
					Record::MotionEnded {
						collective: "council",
						hash: hash(7),
						status: "executed",
						result: Some("Ok".into()),
						counts: None,
					},
				),
			],
		),
		(
			block(4),
			vec![
				(
					0,
					Record::VehicleRegistered {
						vehicle: "0".into(),
						plate: "CITY-1".into(),
						until: 1_000,
					},
				),
				(
					1,
					Record::Permit {
						vehicle: "0".into(),
						zone: "2".into(),
						from: 4,
						until: 104,
						paid: (2 * CITY).to_string(),
					},
				),
				(2, flow("in", "Received", "ServicePayment", 5, 2 * CITY, 10)),
				(
					3,
					Record::FineIssued {
						fine: "0".into(),
						vehicle: "0".into(),
						amount: (40 * CITY).to_string(),
						offence: 3,
						evidence: hash(11),
						deadline: 500,
					},
				),
				(
					4,
					Record::Receipt {
						receipt: "0".into(),
						payer: account(5),
						service: "1".into(),
						price: (2 * CITY).to_string(),
						tax: "0".into(),
						reference: hash(10),
					},
				),
			],
		),
		(
			block(5),
			vec![
				(
					0,
					Record::DeviceRegistered {
						device: hash(20),
						kind: Some("AirQuality".into()),
						location: Some("u4pruydqqvj".into()),
					},
				),
				(
					1,
					Record::DeviceRegistered {
						device: hash(21),
						kind: Some("Meter(Water)".into()),
						location: Some("u4pruydqqvm".into()),
					},
				),
				(
					2,
					Record::Anchor {
						device: hash(20),
						sequence: 1,
						root: hash(22),
						count: 16,
						timestamp: 1_800_000_030_000,
					},
				),
				(
					3,
					Record::CredentialIssued {
						credential: hash(30),
						issuer: "Issuer(1)".into(),
						kind: "Resident".into(),
					},
				),
				(4, Record::CredentialChanged { credential: hash(30), change: "revoked" }),
				(
					5,
					Record::Upgrade {
						event: "authorized",
						code_hash: Some(hash(40)),
						spec_version: None,
					},
				),
			],
		),
		(
			block(6),
			vec![
				(
					0,
					Record::ReferendumStarted {
						index: 0,
						threshold: "SuperMajorityApprove".into(),
					},
				),
				(1, Record::ReferendumVoted { index: 0 }),
				(
					2,
					Record::PayrollRun {
						payroll_period: 1,
						paid: (30 * CITY).to_string(),
						owed: (5 * CITY).to_string(),
					},
				),
				(3, Record::WageArrears { payroll_period: 1, arrears: (5 * CITY).to_string() }),
				(4, flow("out", "Paid", "Payroll", 6, 30 * CITY, 12)),
				(5, Record::FineChanged { fine: "0".into(), status: "paid", deadline: None }),
			],
		),
	]
}

async fn write_history(store: &Store) {
	for (block, records) in history() {
		store
			.write_block(GENESIS, &block, &records)
			.await
			.expect("a block of the history is written");
	}
}

async fn get(store: &Store, uri: &str) -> (StatusCode, String) {
	let app = api::router(AppState { store: store.clone(), status: Status::default() }, None);
	let response = tokio::time::timeout(
		Duration::from_secs(30),
		app.oneshot(Request::builder().uri(uri).body(Body::empty()).expect("a request")),
	)
	.await
	.expect("the API answers within 30 s")
	.expect("the router answers");
	let status = response.status();
	let body = to_bytes(response.into_body(), 64 << 20).await.expect("a body");
	(status, String::from_utf8(body.to_vec()).expect("UTF-8"))
}

async fn get_json(store: &Store, uri: &str) -> Value {
	let (status, body) = get(store, uri).await;
	assert_eq!(status, StatusCode::OK, "{uri}: {body}");
	serde_json::from_str(&body).expect("JSON")
}

async fn sqlite() -> (Store, tempfile::TempDir) {
	let dir = tempfile::tempdir().expect("a temp dir");
	let store = Store::open(&format!("sqlite:{}", dir.path().join("ledger.sqlite").display()))
		.await
		.expect("SQLite opens");
	(store, dir)
}

/// The queries both databases must answer alike.
const QUERIES: &[&str] = &[
	"/v1/flows",
	"/v1/flows?direction=in",
	"/v1/flows?direction=out&category=PublicWorks",
	"/v1/flows?period=1&limit=1&offset=1",
	"/v1/flows?from_block=2&to_block=4",
	"/v1/flows/totals",
	"/v1/flows/totals?from_period=1",
	"/v1/flows.csv",
	"/v1/flows.csv?direction=out",
	"/v1/budgets",
	"/v1/receipts",
	"/v1/payroll",
	"/v1/bonds",
	"/v1/bonds/events?series=0",
	"/v1/motions",
	"/v1/motions?status=executed&collective=council",
	"/v1/referenda",
	"/v1/upgrades",
	"/v1/credentials",
	"/v1/permits?plate=CITY-1",
	"/v1/fines?status=paid",
	"/v1/devices",
	"/v1/devices?neighbourhood=u4pr",
	"/v1/anchors",
	"/v1/vehicles/CITY-1",
];

#[tokio::test]
async fn the_api_answers_what_the_records_say() {
	let (store, _dir) = sqlite().await;
	write_history(&store).await;

	let flows = get_json(&store, "/v1/flows").await;
	assert_eq!(flows["total"], 5);
	let spend = &flows["items"][2];
	assert_eq!(spend["event"], "Spent");
	assert_eq!(spend["category"], "PublicWorks");
	assert_eq!(spend["amount"], (250 * CITY).to_string());
	assert_eq!(spend["amount_city"], "250");
	assert_eq!(spend["reference"], hash(9));
	assert_eq!(spend["time"], "2027-01-15T08:00:18.000Z");
	assert_eq!(flows["items"][0]["amount_city"], "0.3");

	// Totals per period: period 0 (blocks 1-3) took in fees and a subscription, spent 250.
	let totals = get_json(&store, "/v1/flows/totals?period=0").await;
	let amounts: Vec<(String, String, String)> = totals["items"]
		.as_array()
		.unwrap()
		.iter()
		.map(|t| {
			(
				t["direction"].as_str().unwrap().into(),
				t["category"].as_str().unwrap().into(),
				t["amount_city"].as_str().unwrap().into(),
			)
		})
		.collect();
	assert_eq!(
		amounts,
		vec![
			("in".into(), "BondSubscription".into(), "50".into()),
			("in".into(), "Fees".into(), "0.3".into()),
			("out".into(), "PublicWorks".into(), "250".into()),
		]
	);

	// The motion: proposed, two ayes, closed, approved, executed; each member's vote kept.
	let motions = get_json(&store, "/v1/motions").await;
	let motion = &motions["items"][0];
	assert_eq!(
		(motion["status"].as_str(), motion["ayes"].as_i64(), motion["result"].as_str()),
		(Some("executed"), Some(2), Some("Ok"))
	);
	assert_eq!(motion["votes"].as_array().unwrap().len(), 2);

	// A plate: registration, permit, fine (paid); no owner anywhere.
	let vehicle = get_json(&store, "/v1/vehicles/CITY-1").await;
	assert_eq!(vehicle["registered_until"], 1_000);
	assert_eq!(vehicle["permits"][0]["zone"], "2");
	assert_eq!(vehicle["fines"][0]["status"], "paid");
	assert!(vehicle.get("owner").is_none() && vehicle.get("vehicle").is_none());

	// A meter shows its neighbourhood only; a public sensor its location.
	let devices = get_json(&store, "/v1/devices").await;
	assert_eq!(devices["items"][0]["location"], "u4pruydqqvj");
	assert_eq!(devices["items"][0]["anchors"], 1);
	assert_eq!(devices["items"][1]["kind"], "Meter(Water)");
	assert_eq!(devices["items"][1]["location"], Value::Null);
	assert_eq!(devices["items"][1]["neighbourhood"], "u4pru");

	let credentials = get_json(&store, "/v1/credentials").await;
	assert_eq!(
		(credentials["items"][0]["issued"].as_i64(), credentials["items"][0]["revoked"].as_i64()),
		(Some(1), Some(1))
	);
	let bonds = get_json(&store, "/v1/bonds").await;
	assert_eq!(bonds["items"][0]["subscribed_city"], "50");
	let payroll = get_json(&store, "/v1/payroll").await;
	assert_eq!(
		(
			payroll["items"][0]["owed_city"].as_str(),
			payroll["items"][0]["wages_in_arrears"].as_i64()
		),
		(Some("5"), Some(1))
	);

	// The CSV has the JSON's rows, in order.
	let (status, csv) = get(&store, "/v1/flows.csv").await;
	assert_eq!(status, StatusCode::OK);
	let lines: Vec<&str> = csv.lines().collect();
	assert_eq!(lines[0], api::CSV_HEADER.join(","));
	assert_eq!(lines.len(), 1 + 5);
	assert!(
		lines[3].starts_with("3,2,2027-01-15T08:00:18.000Z,0,out,Spent,PublicWorks,"),
		"{}",
		lines[3]
	);
	assert!(lines[3].contains(&format!(",{},250,{},", 250 * CITY, hash(9))), "{}", lines[3]);

	// Every query of the list answers.
	for uri in QUERIES {
		let (status, body) = get(&store, uri).await;
		assert_eq!(status, StatusCode::OK, "{uri}: {body}");
	}
}

#[tokio::test]
async fn bad_queries_get_a_400_with_their_reason() {
	let (store, _dir) = sqlite().await;
	write_history(&store).await;
	let cases: &[(&str, &str)] = &[
		("/v1/flows?limit=0", "`limit` must be 1 to 500"),
		("/v1/flows?limit=501", "`limit` must be 1 to 500"),
		("/v1/flows?limit=ten", "`limit` must be 1 to 500"),
		("/v1/flows?offset=-1", "`offset` must be"),
		("/v1/flows?period=-3", "`period` must be a non-negative integer"),
		("/v1/flows?period=1.5", "`period` must be a non-negative integer"),
		("/v1/flows?direction=sideways", "`direction` must be one of in, out"),
		("/v1/flows?account=alice", "`account` must be an SS58 account"),
		("/v1/flows?category=Public%27Works", "`category` must be a category"),
		("/v1/flows?reference=0x12", "`reference` must be a 0x-prefixed 32-byte hash"),
		("/v1/flows?colour=red", "unknown parameter `colour`"),
		("/v1/flows?period=1&period=2", "`period` is given more than once"),
		("/v1/flows.csv?limit=100001", "`limit` must be 1 to 100000"),
		(
			"/v1/motions?collective=senate",
			"`collective` must be one of council, technical_committee",
		),
		("/v1/devices?neighbourhood=u4pa", "`neighbourhood` must be a neighbourhood"),
		("/v1/devices?neighbourhood=u4pruy", "`neighbourhood` must be a neighbourhood"),
		("/v1/permits?plate=city-1", "`plate` must be a plate"),
		("/v1/vehicles/city%20one", "`plate` must be a plate"),
		("/v1/vehicles/%FF", "malformed plate in the path"),
		("/v1/anchors?device=xyz", "`device` must be a decimal id or 0x-prefixed"),
		("/v1/flows?limit=%ZZ", "`limit` must be 1 to 500"),
	];
	for (uri, reason) in cases {
		let (status, body) = get(&store, uri).await;
		assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
		let error: Value = serde_json::from_str(&body).expect("a JSON error");
		assert!(error["error"].as_str().unwrap_or_default().contains(reason), "{uri}: {body}");
	}
	let (status, body) = get(&store, "/v1/vehicles/NOPE-1").await;
	assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
	assert!(body.contains("no vehicle was ever registered"), "{body}");
	let (status, _) = get(&store, "/v1/nothing").await;
	assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_block_is_written_once_and_only_after_the_last_one() {
	let (store, _dir) = sqlite().await;
	let history = history();
	store.write_block(GENESIS, &history[0].0, &history[0].1).await.expect("block 1");
	// Block 3 after block 1: a gap. Block 1 again: a duplicate. Neither is written.
	let gap = store.write_block(GENESIS, &history[2].0, &history[2].1).await.unwrap_err();
	assert!(
		gap.to_string().contains("block 3 is not the successor of the last block indexed, 1"),
		"{gap}"
	);
	let again = store.write_block(GENESIS, &history[0].0, &history[0].1).await.unwrap_err();
	assert!(again.to_string().contains("block 1 is not the successor"), "{again}");
	// Another chain's block: refused.
	let other = "0x2222222222222222222222222222222222222222222222222222222222222222";
	let wrong = store.write_block(other, &history[1].0, &history[1].1).await.unwrap_err();
	assert!(wrong.to_string().contains("indexes the chain with genesis"), "{wrong}");
	assert_eq!(store.chain().await.unwrap(), Some((GENESIS.to_string(), 1, 1)));
	let flows = get_json(&store, "/v1/flows").await;
	assert_eq!(flows["total"], 1);
	// A failed block leaves nothing behind: its records roll back with it.
	let mut broken = history[1].clone();
	broken.1.push((3, broken.1[3].1.clone()));
	assert!(store.write_block(GENESIS, &broken.0, &broken.1).await.is_err());
	assert_eq!(store.chain().await.unwrap(), Some((GENESIS.to_string(), 1, 1)));
	assert_eq!(get_json(&store, "/v1/bonds/events").await["total"], 0);
	assert_eq!(get_json(&store, "/v1/flows/totals").await["total"], 1);
}

#[tokio::test]
async fn a_device_revoked_and_registered_again_starts_its_sequence_again_without_stopping_the_ledger(
) {
	let (store, _dir) = sqlite().await;
	write_history(&store).await;
	// Block 5 registered device 20 and anchored its sequence 1. Its owner revokes it, registers
	// the same key again (the same id) and anchors sequence 1 once more.
	let again = vec![
		(0, Record::DeviceStatus { device: hash(20), status: "revoked" }),
		(
			1,
			Record::DeviceRegistered {
				device: hash(20),
				kind: Some("AirQuality".into()),
				location: Some("u4pruydqqvj".into()),
			},
		),
		(
			2,
			Record::Anchor {
				device: hash(20),
				sequence: 1,
				root: hash(23),
				count: 4,
				timestamp: 1_800_000_060_000,
			},
		),
	];
	store
		.write_block(GENESIS, &block(7), &again)
		.await
		.expect("the second life of a device is written");
	let anchors = get_json(&store, &format!("/v1/anchors?device={}", hash(20))).await;
	assert_eq!(anchors["total"], 2, "both anchors of sequence 1 kept");
	assert_eq!(anchors["items"][0]["root"], hash(23), "the newest first");
	let devices = get_json(&store, "/v1/devices?status=active").await;
	let device = devices["items"]
		.as_array()
		.unwrap()
		.iter()
		.find(|d| d["device"] == hash(20))
		.expect("device 20 is active");
	assert_eq!(
		(device["registered_block"].as_i64(), device["anchors"].as_i64()),
		(Some(7), Some(1)),
		"counted from its new registration"
	);
}

#[tokio::test]
async fn the_openapi_document_lists_every_route_and_every_route_answers() {
	let (store, _dir) = sqlite().await;
	write_history(&store).await;
	let doc = get_json(&store, "/openapi.json").await;
	let paths = doc["paths"].as_object().expect("paths");
	for path in paths.keys() {
		let uri = path.replace("{plate}", "CITY-1");
		let (status, body) = get(&store, &uri).await;
		assert_eq!(status, StatusCode::OK, "{uri}: {body}");
	}
	for uri in QUERIES {
		let path = uri.split('?').next().unwrap();
		let documented = paths.contains_key(path)
			|| (path.starts_with("/v1/vehicles/") && paths.contains_key("/v1/vehicles/{plate}"));
		assert!(documented, "{path} is served but not in the OpenAPI document");
	}
	assert_eq!(paths.len(), api::LISTS.len() + 3);
}

/// A PostgreSQL server of the test's own, on a free port, removed when dropped.
struct Postgres {
	dir: tempfile::TempDir,
	bin: std::path::PathBuf,
	port: u16,
}

impl Postgres {
	fn start() -> Postgres {
		let bin = std::fs::read_dir("/usr/lib/postgresql")
			.expect("PostgreSQL is installed (scripts/setup.sh installs Debian's postgresql)")
			.filter_map(|e| e.ok())
			.map(|e| e.path().join("bin"))
			.find(|p| p.join("initdb").exists())
			.expect("/usr/lib/postgresql/*/bin/initdb");
		let dir = tempfile::tempdir().expect("a temp dir");
		let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
		// PostgreSQL refuses to run as root: as root, run it as the `postgres` user.
		let root = Command::new("id")
			.arg("-u")
			.output()
			.map(|o| o.stdout.starts_with(b"0\n"))
			.unwrap_or(false);
		if root {
			let ok = Command::new("chown")
				.args(["-R", "postgres:postgres"])
				.arg(dir.path())
				.status()
				.unwrap()
				.success();
			assert!(ok, "chown the data dir to postgres");
		}
		let run = |program: &str, args: &[&str]| {
			let mut cmd = if root {
				let mut c = Command::new("runuser");
				c.args(["-u", "postgres", "--"]).arg(bin.join(program));
				c
			} else {
				Command::new(bin.join(program))
			};
			let out = cmd.args(args).output().expect("run a PostgreSQL program");
			assert!(out.status.success(), "{program}: {}", String::from_utf8_lossy(&out.stderr));
		};
		let data = dir.path().join("data");
		let data = data.to_str().unwrap();
		run(
			"initdb",
			&["-D", data, "-A", "trust", "-U", "city", "--no-sync", "--no-locale", "-E", "UTF8"],
		);
		let options = format!(
			"-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
			dir.path().display()
		);
		let log = dir.path().join("postgres.log");
		run(
			"pg_ctl",
			&["-D", data, "-o", &options, "-l", log.to_str().unwrap(), "-w", "-t", "60", "start"],
		);
		Postgres { dir, bin, port }
	}

	fn url(&self) -> String {
		format!("postgres://city@127.0.0.1:{}/postgres", self.port)
	}
}

impl Drop for Postgres {
	fn drop(&mut self) {
		let data = self.dir.path().join("data");
		let mut cmd = Command::new("runuser");
		cmd.args(["-u", "postgres", "--"]).arg(self.bin.join("pg_ctl"));
		let _ = cmd.args(["-D", data.to_str().unwrap(), "-m", "immediate", "stop"]).output();
		let _ = Command::new(self.bin.join("pg_ctl"))
			.args(["-D", data.to_str().unwrap(), "-m", "immediate", "stop"])
			.output();
	}
}

#[tokio::test]
async fn postgresql_and_sqlite_give_the_same_answers() {
	let pg = Postgres::start();
	let postgres = Store::open(&pg.url()).await.expect("PostgreSQL opens");
	let (sqlite, _dir) = sqlite().await;
	write_history(&sqlite).await;
	write_history(&postgres).await;
	let mut queries: Vec<String> = QUERIES.iter().map(|s| s.to_string()).collect();
	queries.push(format!("/v1/flows?account={}", account(3)));
	for uri in &queries {
		let (a_status, a) = get(&sqlite, uri).await;
		let (b_status, b) = get(&postgres, uri).await;
		assert_eq!((a_status, &a), (b_status, &b), "{uri}: SQLite and PostgreSQL differ");
		assert_eq!(a_status, StatusCode::OK, "{uri}: {a}");
	}
	// A duplicate, a gap and a failed block are refused on PostgreSQL too, and change nothing.
	let history = history();
	let again = postgres.write_block(GENESIS, &history[0].0, &history[0].1).await.unwrap_err();
	assert!(
		again.to_string().contains("block 1 is not the successor of the last block indexed, 6"),
		"{again}"
	);
	let mut gap = history[5].clone();
	gap.0.number = 8;
	let gap = postgres.write_block(GENESIS, &gap.0, &gap.1).await.unwrap_err();
	assert!(
		gap.to_string().contains("block 8 is not the successor of the last block indexed, 6"),
		"{gap}"
	);
	let mut broken = history[5].clone();
	broken.0.number = 7;
	broken.1.push((4, broken.1[4].1.clone()));
	assert!(postgres.write_block(GENESIS, &broken.0, &broken.1).await.is_err());
	assert_eq!(
		get_json(&postgres, "/v1/payroll").await["total"],
		1,
		"block 7's payroll run rolled back with it"
	);
	let (a, b) = (get_json(&sqlite, "/v1/status").await, get_json(&postgres, "/v1/status").await);
	assert_eq!((a["last_block"].as_i64(), a["blocks_indexed"].as_i64()), (Some(6), Some(6)));
	assert_eq!((b["last_block"].as_i64(), b["blocks_indexed"].as_i64()), (Some(6), Some(6)));
	assert_eq!(
		(a["database"].as_str(), b["database"].as_str()),
		(Some("sqlite"), Some("postgres"))
	);
}

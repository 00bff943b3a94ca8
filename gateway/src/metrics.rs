//! What the gateway counts: Prometheus metrics (served at `--prometheus`, on a port of its
//! own) and the counters `gateway_status` answers from.
//!
//! - `city_gateway_readings_received_total`: messages taken from the broker;
//! - `city_gateway_readings_verified_total`: messages that passed every check and signature;
//! - `city_gateway_readings_refused_total{reason}`: refused, by [`Refusal`];
//! - `city_gateway_readings_stored_total`, `..._duplicates_total`, `..._conflicts_total`;
//! - `city_gateway_anchors_submitted_total`, `..._resubmitted_total`, `..._refused_total`,
//!   `city_gateway_batches_set_aside_total`;
//! - `city_gateway_readings_anchored_total`, `city_gateway_batches_finalized_total`: in
//!   finalized blocks;
//! - `city_gateway_anchor_lag_seconds`: from a batch's sealing to its finalization, the last;
//! - `city_gateway_broker_subscribed`: 1 while the broker delivers the readings' topics to the
//!   gateway (its subscription acknowledged, or its kept session resumed), 0 otherwise.

use substrate_prometheus_endpoint::{
	prometheus::{IntCounter, IntCounterVec, IntGauge},
	register, Opts, PrometheusError, Registry,
};

/// Why a message was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Refusal {
	/// Not `city/sensors/<id>/readings`.
	NotAReadingTopic,
	/// A device the gateway takes no readings of.
	UnknownDevice,
	/// Not a message of the documented format.
	BadMessage,
	/// Another version of the format.
	BadVersion,
	/// The message names another device than its topic's.
	WrongDevice,
	/// A relay device's reading without signature.
	Unsigned,
	/// A signature that is not the device's over the reading.
	BadSignature,
	/// Older than the device's last sealed batch (or before 2020).
	Stale,
	/// Too far ahead of the gateway's clock.
	Future,
	/// Above the device's rate.
	RateLimited,
	/// The device's inbox is full.
	InboxFull,
}

impl Refusal {
	/// Every reason, in order.
	pub const ALL: [Refusal; 11] = [
		Refusal::NotAReadingTopic,
		Refusal::UnknownDevice,
		Refusal::BadMessage,
		Refusal::BadVersion,
		Refusal::WrongDevice,
		Refusal::Unsigned,
		Refusal::BadSignature,
		Refusal::Stale,
		Refusal::Future,
		Refusal::RateLimited,
		Refusal::InboxFull,
	];

	/// Its name, as the metric's label and in `gateway_status`.
	pub fn name(self) -> &'static str {
		match self {
			Refusal::NotAReadingTopic => "notAReadingTopic",
			Refusal::UnknownDevice => "unknownDevice",
			Refusal::BadMessage => "badMessage",
			Refusal::BadVersion => "badVersion",
			Refusal::WrongDevice => "wrongDevice",
			Refusal::Unsigned => "unsigned",
			Refusal::BadSignature => "badSignature",
			Refusal::Stale => "stale",
			Refusal::Future => "future",
			Refusal::RateLimited => "rateLimited",
			Refusal::InboxFull => "inboxFull",
		}
	}
}

/// The gateway's metrics.
pub struct Metrics {
	/// Where they are registered.
	pub registry: Registry,
	/// Messages taken from the broker.
	pub received: IntCounter,
	/// Messages that passed every check.
	pub verified: IntCounter,
	/// Refused, by reason.
	pub refused: IntCounterVec,
	/// Kept in the store.
	pub stored: IntCounter,
	/// Kept already.
	pub duplicates: IntCounter,
	/// Kept and flagged.
	pub conflicts: IntCounter,
	/// Anchors submitted for the first time.
	pub submitted: IntCounter,
	/// Anchors submitted again.
	pub resubmitted: IntCounter,
	/// Anchors the node refused.
	pub anchors_refused: IntCounter,
	/// Batches set aside.
	pub set_aside: IntCounter,
	/// Readings in finalized anchors.
	pub anchored: IntCounter,
	/// Batches anchored in finalized blocks.
	pub finalized: IntCounter,
	/// From sealing to finalization, the last batch's, in seconds.
	pub anchor_lag: IntGauge,
	/// 1 while the broker delivers the readings' topics to the gateway, 0 otherwise.
	pub subscribed: IntGauge,
}

impl Metrics {
	/// The metrics, registered.
	pub fn new() -> Result<Self, PrometheusError> {
		let registry = Registry::new_custom(Some("city_gateway".into()), None)?;
		let counter = |name: &str, help: &str| register(IntCounter::new(name, help)?, &registry);
		Ok(Metrics {
			received: counter("readings_received_total", "Messages taken from the broker")?,
			verified: counter("readings_verified_total", "Messages that passed every check")?,
			refused: register(
				IntCounterVec::new(
					Opts::new("readings_refused_total", "Messages refused, by reason"),
					&["reason"],
				)?,
				&registry,
			)?,
			stored: counter("readings_stored_total", "Readings kept in the store")?,
			duplicates: counter("readings_duplicates_total", "Readings kept already")?,
			conflicts: counter("readings_conflicts_total", "Readings kept and flagged")?,
			submitted: counter("anchors_submitted_total", "Anchors submitted")?,
			resubmitted: counter("anchors_resubmitted_total", "Anchors submitted again")?,
			anchors_refused: counter("anchors_refused_total", "Anchors the node refused")?,
			set_aside: counter("batches_set_aside_total", "Batches the chain kept refusing")?,
			anchored: counter("readings_anchored_total", "Readings in finalized anchors")?,
			finalized: counter("batches_finalized_total", "Batches in finalized blocks")?,
			anchor_lag: register(
				IntGauge::new("anchor_lag_seconds", "From sealing to finality, the last batch")?,
				&registry,
			)?,
			subscribed: register(
				IntGauge::new("broker_subscribed", "1 while the broker delivers the readings")?,
				&registry,
			)?,
			registry,
		})
	}

	/// Adds `n` to `counter`.
	pub fn add(&self, counter: &IntCounter, n: u64) {
		counter.inc_by(n);
	}

	/// Counts a refusal.
	pub fn refuse(&self, refusal: Refusal) {
		self.refused.with_label_values(&[refusal.name()]).inc();
	}

	/// The refusals so far, by reason (those that happened).
	pub fn refusals(&self) -> std::collections::BTreeMap<&'static str, u64> {
		Refusal::ALL
			.iter()
			.map(|r| (r.name(), self.refused.with_label_values(&[r.name()]).get()))
			.filter(|(_, n)| *n > 0)
			.collect()
	}
}

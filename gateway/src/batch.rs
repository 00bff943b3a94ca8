//! Batches: a device's readings under one sequence number, their leaves, Merkle root,
//! summary and the anchor the device signs. The leaf encoding and the tree are the pallet's
//! ([`pallet_iot_anchors::reading_leaf`], `city_primitives::merkle`).

use codec::{Decode, Encode};
use pallet_iot_anchors::{reading_leaf, Anchor, DeviceId, Reading, Summary};
use sp_core::H256;
use sp_runtime::MultiSignature;

/// A reading as a device reports it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct Raw {
	/// When it was taken (ms since the Unix epoch).
	pub timestamp: u64,
	/// Its value.
	pub value: i64,
	/// The device's signature of it (relay mode), checked before it was stored.
	pub signature: Option<MultiSignature>,
}

/// The leaf readings of batch `sequence` of `device`.
pub fn readings(device: DeviceId, sequence: u64, raws: &[Raw]) -> Vec<Reading> {
	raws.iter()
		.enumerate()
		.map(|(index, raw)| Reading {
			device,
			sequence,
			index: index as u32,
			timestamp: raw.timestamp,
			value: raw.value,
			signature: raw.signature.clone(),
		})
		.collect()
}

/// The leaf hashes of batch `sequence` of `device`.
pub fn leaves(device: DeviceId, sequence: u64, raws: &[Raw]) -> Vec<H256> {
	readings(device, sequence, raws).iter().map(reading_leaf).collect()
}

/// The Merkle root of batch `sequence` of `device`.
pub fn root(device: DeviceId, sequence: u64, raws: &[Raw]) -> H256 {
	city_primitives::merkle::root(&leaves(device, sequence, raws))
}

/// The min, max and (rounded down) mean of the values; `None` for no readings.
pub fn summary(raws: &[Raw]) -> Option<Summary> {
	let min = raws.iter().map(|r| r.value).min()?;
	let max = raws.iter().map(|r| r.value).max()?;
	let sum: i128 = raws.iter().map(|r| i128::from(r.value)).sum();
	let mean = i64::try_from(sum.div_euclid(raws.len() as i128)).ok()?;
	Some(Summary { min, max, mean })
}

/// The anchor of a sealed batch, signed at `timestamp`. A sensor's carries the batch's
/// summary; a meter's carries no summary (the chain refuses one: a household's min/max/mean
/// would show when it is at home) and its cumulative reading, the batch's last (highest) value.
pub fn anchor(
	device: DeviceId,
	sequence: u64,
	root: H256,
	raws: &[Raw],
	timestamp: u64,
	meter: bool,
) -> Anchor {
	Anchor {
		device,
		sequence,
		timestamp,
		root,
		count: raws.len() as u32,
		summary: if meter { None } else { summary(raws) },
		cumulative: if meter {
			raws.iter().map(|r| r.value).max().map(|v| v.max(0) as u64)
		} else {
			None
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn raws(values: &[i64]) -> Vec<Raw> {
		values
			.iter()
			.enumerate()
			.map(|(i, v)| Raw { timestamp: 1_000 + i as u64, value: *v, signature: None })
			.collect()
	}

	#[test]
	fn summaries_are_min_max_and_mean() {
		assert_eq!(summary(&raws(&[3, -1, 10])), Some(Summary { min: -1, max: 10, mean: 4 }));
		assert_eq!(summary(&raws(&[-3, -4])), Some(Summary { min: -4, max: -3, mean: -4 }));
		assert_eq!(summary(&[]), None);
	}

	#[test]
	fn every_reading_is_proven_against_its_root() {
		let device = H256::repeat_byte(1);
		let batch = raws(&[5, 6, 7, 8, 9, 10, 11]);
		let root = root(device, 3, &batch);
		let leaves = leaves(device, 3, &batch);
		for (i, reading) in readings(device, 3, &batch).iter().enumerate() {
			let proof = city_primitives::merkle::prove(&leaves, i as u32).expect("a leaf");
			assert!(city_primitives::merkle::verify(
				&root,
				proof,
				7,
				i as u32,
				reading_leaf(reading)
			));
		}
		// The same values under another sequence number give another root.
		assert_ne!(root, super::root(device, 4, &batch));
	}

	#[test]
	fn a_meter_anchor_carries_its_last_reading() {
		let device = H256::repeat_byte(1);
		let batch = raws(&[100, 120, 150]);
		let a = anchor(device, 0, H256::zero(), &batch, 9, true);
		assert_eq!((a.cumulative, a.count, a.timestamp), (Some(150), 3, 9));
		assert_eq!(a.summary, None, "a meter reveals no consumption profile");
		let sensor = anchor(device, 0, H256::zero(), &batch, 9, false);
		assert_eq!(sensor.cumulative, None);
		assert_eq!(sensor.summary, Some(Summary { min: 100, max: 150, mean: 123 }));
	}
}

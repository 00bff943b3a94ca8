//! Proofs of readings against the anchors kept on the chain.

use super::*;

#[test]
fn every_reading_of_a_batch_is_proven_and_a_tampered_one_is_not() {
	new_test_ext(|| {
		let key = TestKey::sr("//air");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		let (anchor, readings) = next(id, &[11, 22, 33, 44, 55], None);
		submit(&key, &anchor);
		let leaves: Vec<H256> = readings.iter().map(reading_leaf).collect();
		for reading in &readings {
			let proof = merkle::prove(&leaves, reading.index).expect("a leaf");
			assert_eq!(
				IotAnchors::verify_reading(reading, proof.clone()),
				Verdict::Proven { at: 1, timestamp: anchor.timestamp, root: anchor.root }
			);
			let mut tampered = reading.clone();
			tampered.value += 1;
			assert_eq!(IotAnchors::verify_reading(&tampered, proof.clone()), Verdict::NotProven);
			let mut moved = reading.clone();
			moved.timestamp += 1;
			assert_eq!(IotAnchors::verify_reading(&moved, proof), Verdict::NotProven);
		}
		// A proof of one reading does not prove another.
		let proof = merkle::prove(&leaves, 0).expect("a leaf");
		assert_eq!(IotAnchors::verify_reading(&readings[1], proof.clone()), Verdict::NotProven);
		let mut other_batch = readings[0].clone();
		other_batch.sequence = 1;
		assert_eq!(IotAnchors::verify_reading(&other_batch, proof.clone()), Verdict::AnchorNotKept);
		let mut stranger = readings[0].clone();
		stranger.device = H256::repeat_byte(3);
		assert_eq!(IotAnchors::verify_reading(&stranger, proof), Verdict::UnknownDevice);
	});
}

#[test]
fn a_reading_that_left_the_ring_is_not_kept() {
	new_test_ext(|| {
		let key = TestKey::sr("//air");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		let (anchor, first) = next(id, &[1, 2], None);
		submit(&key, &anchor);
		for n in 1..=KEPT as u64 {
			go_to_block(1 + n * INTERVAL);
			let (anchor, _) = next(id, &[1], None);
			submit(&key, &anchor);
		}
		let leaves: Vec<H256> = first.iter().map(reading_leaf).collect();
		let proof = merkle::prove(&leaves, 0).expect("a leaf");
		assert_eq!(IotAnchors::verify_reading(&first[0], proof), Verdict::AnchorNotKept);
	});
}

//! Resetting a meter: its next anchor is a new baseline, billed to nobody.

use super::*;

#[test]
fn a_meter_stuck_on_a_forged_total_reads_again_once_its_utility_resets_it() {
	new_test_ext(|| {
		let key = TestKey::sr("//water");
		let id = bound_meter(&key, ANNA);
		let (baseline, _) = next(id, &[1], Some(100));
		submit(&key, &baseline);
		// Whoever held the key anchored a forged, huge total (CityCoin holds that bill).
		go_to_block(1 + METER_INTERVAL);
		let (forged, _) = next(id, &[1], Some(1_000_000));
		submit(&key, &forged);
		// Honest readings now look like going backwards.
		go_to_block(1 + 2 * METER_INTERVAL);
		let (honest, _) = next(id, &[1], Some(130));
		refused(&key, &honest, custom(Error::MeterWentBackwards), Error::MeterWentBackwards);
		// Only the utility resets it: not the consumer, not another operator.
		assert_noop!(IotAnchors::reset_meter(signed(ANNA), id), Error::NotOwner);
		assert_noop!(IotAnchors::reset_meter(signed(FITTER), id), Error::NotOwner);
		assert_ok!(IotAnchors::reset_meter(signed(UTILITY), id));
		assert_eq!(
			last_event(),
			Event::MeterReset { device: id, previous: Some(1_000_000) }.into()
		);
		// The next reading is a baseline (billed to nobody), the one after is billed.
		let billed_before = billed().len();
		submit(&key, &honest);
		assert_eq!(billed().len(), billed_before);
		go_to_block(1 + 3 * METER_INTERVAL);
		let (next_one, _) = next(id, &[1], Some(150));
		submit(&key, &next_one);
		assert_eq!(billed().last().map(|b| (b.consumer, b.units)), Some((ANNA, 20)));
	});
}

#[test]
fn only_meters_are_reset() {
	new_test_ext(|| {
		let key = TestKey::sr("//air");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		assert_noop!(IotAnchors::reset_meter(signed(OPERATOR), id), Error::NotAMeter);
		assert_noop!(IotAnchors::reset_meter(signed(OPERATOR), H256::zero()), Error::UnknownDevice);
	});
}

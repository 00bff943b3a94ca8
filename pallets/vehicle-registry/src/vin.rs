//! Vehicle identification numbers (ISO 3779) and plates: what the registry accepts.
//!
//! A VIN is 17 characters from `0-9` and `A-Z` without `I`, `O` and `Q`. In VINs of North
//! American vehicles (world manufacturer identifier starting `1` to `5`) the ninth character
//! is a check digit (49 CFR 565): the sum over the characters of transliterated value x
//! position weight, modulo 11, with 10 written `X`. Elsewhere the ninth character is free.

/// The length of a VIN.
pub const VIN_LEN: usize = 17;

/// Weights of the positions in the check-digit sum (the ninth, the check digit, weighs 0).
const WEIGHTS: [u32; VIN_LEN] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/// Why a VIN is refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VinError {
	/// Not 17 characters.
	Length,
	/// A character outside `0-9`, `A-Z` or one of `I`, `O`, `Q`.
	Character,
	/// A North American VIN whose ninth character is not its check digit.
	CheckDigit,
}

/// The value a VIN character stands for in the check-digit sum, if it is a VIN character.
fn transliterate(c: u8) -> Option<u32> {
	Some(match c {
		b'0'..=b'9' => u32::from(c - b'0'),
		b'A'..=b'H' => u32::from(c - b'A') + 1,
		b'J'..=b'N' => u32::from(c - b'J') + 1,
		b'P' => 7,
		b'R' => 9,
		b'S'..=b'Z' => u32::from(c - b'S') + 2,
		_ => return None,
	})
}

/// The check digit a North American VIN must carry in its ninth position.
pub fn check_digit(vin: &[u8]) -> Result<u8, VinError> {
	if vin.len() != VIN_LEN {
		return Err(VinError::Length);
	}
	let mut sum = 0u32;
	for (c, weight) in vin.iter().zip(WEIGHTS) {
		sum = sum
			.saturating_add(transliterate(*c).ok_or(VinError::Character)?.saturating_mul(weight));
	}
	Ok(match sum % 11 {
		10 => b'X',
		digit => b'0'.saturating_add(digit as u8),
	})
}

/// Checks `vin`: its length, its characters, and its check digit where one applies.
pub fn validate(vin: &[u8]) -> Result<(), VinError> {
	let expected = check_digit(vin)?;
	let north_american = matches!(vin.first(), Some(b'1'..=b'5'));
	match vin.get(8) {
		Some(actual) if north_american && *actual != expected => Err(VinError::CheckDigit),
		_ => Ok(()),
	}
}

/// Whether `plate` is a plate the city issues: 2 or more characters of `0-9`, `A-Z` and `-`,
/// not starting or ending with `-` (its upper bound is the runtime's).
pub fn is_valid_plate(plate: &[u8]) -> bool {
	plate.len() >= 2
		&& plate.iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || *c == b'-')
		&& plate.first() != Some(&b'-')
		&& plate.last() != Some(&b'-')
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn north_american_vins_carry_their_check_digit() {
		// The worked example of 49 CFR 565 and a common test VIN.
		assert_eq!(validate(b"1M8GDM9AXKP042788"), Ok(()));
		assert_eq!(check_digit(b"1M8GDM9AXKP042788"), Ok(b'X'));
		assert_eq!(validate(b"11111111111111111"), Ok(()));
		assert_eq!(validate(b"1M8GDM9A1KP042788"), Err(VinError::CheckDigit));
	}

	#[test]
	fn other_vins_need_only_the_right_characters() {
		// A European VIN (W: Germany) with no check digit in position 9.
		assert_eq!(validate(b"WVWZZZ1JZXW000001"), Ok(()));
		assert_eq!(validate(b"WVWZZZ1JZXW00000"), Err(VinError::Length));
		assert_eq!(validate(b"WVWZZZ1JZXW0000010"), Err(VinError::Length));
		assert_eq!(validate(b"WVWZZZ1JZXW00000O"), Err(VinError::Character));
		assert_eq!(validate(b"WVWZZZ1JZXW00000i"), Err(VinError::Character));
		assert_eq!(validate(b"WVWZZZ1JZXW00000Q"), Err(VinError::Character));
	}

	#[test]
	fn plates() {
		assert!(is_valid_plate(b"CITY-001"));
		assert!(is_valid_plate(b"AB"));
		assert!(!is_valid_plate(b"A"));
		assert!(!is_valid_plate(b"-AB"));
		assert!(!is_valid_plate(b"AB-"));
		assert!(!is_valid_plate(b"ab12"));
		assert!(!is_valid_plate(b"AB 12"));
	}
}

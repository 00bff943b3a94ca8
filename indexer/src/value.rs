//! Reading the fields of decoded events and storage values (`scale_value::Value`): the indexer
//! decodes by the metadata of each block's runtime and reads fields by name, so a new field or a
//! new event in a runtime upgrade does not stop it; a field it needs that is gone or changed is
//! an error naming the event and the field.

use subxt::ext::scale_value::{Composite, Primitive, Value, ValueDef};
use subxt::utils::AccountId32;

/// What went wrong reading a value: the field and what was expected of it.
#[derive(Debug)]
pub struct FieldError(pub String);

impl std::fmt::Display for FieldError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(&self.0)
	}
}

impl std::error::Error for FieldError {}

pub type FieldResult<T> = Result<T, FieldError>;

/// The named fields of an event (or of a storage value's struct).
pub struct Fields<'a> {
	what: &'a str,
	fields: &'a Composite<()>,
}

impl<'a> Fields<'a> {
	/// `what` names the event in errors ("ReserveFund.Spent").
	pub fn new(what: &'a str, fields: &'a Composite<()>) -> Self {
		Fields { what, fields }
	}

	/// The field `name`.
	pub fn get(&self, name: &str) -> FieldResult<&'a Value<()>> {
		match self.fields {
			Composite::Named(values) => values
				.iter()
				.find(|(n, _)| n == name)
				.map(|(_, v)| v)
				.ok_or_else(|| FieldError(format!("{}: no field `{name}`", self.what))),
			Composite::Unnamed(_) => {
				Err(FieldError(format!("{}: fields have no names", self.what)))
			}
		}
	}

	fn err(&self, name: &str, expected: &str) -> FieldError {
		FieldError(format!("{}: field `{name}` is not {expected}", self.what))
	}

	/// An unsigned number (balances, counts, block numbers, sequence numbers).
	pub fn u128(&self, name: &str) -> FieldResult<u128> {
		number(self.get(name)?).ok_or_else(|| self.err(name, "a number"))
	}

	/// An unsigned number that fits SQL's BIGINT.
	pub fn i64(&self, name: &str) -> FieldResult<i64> {
		i64::try_from(self.u128(name)?).map_err(|_| self.err(name, "a number below 2^63"))
	}

	/// A balance, as a decimal string of planck.
	pub fn amount(&self, name: &str) -> FieldResult<String> {
		Ok(self.u128(name)?.to_string())
	}

	/// `Option<Balance>`: the balance's decimal string or `None`.
	pub fn optional_amount(&self, name: &str) -> FieldResult<Option<String>> {
		match option(self.get(name)?) {
			Some(Some(v)) => {
				number(v).map(|n| Some(n.to_string())).ok_or_else(|| self.err(name, "a number"))
			}
			Some(None) => Ok(None),
			None => Err(self.err(name, "an Option")),
		}
	}

	/// A boolean.
	pub fn bool(&self, name: &str) -> FieldResult<bool> {
		self.get(name)?.as_bool().ok_or_else(|| self.err(name, "a boolean"))
	}

	/// An account, in SS58 (generic prefix 42).
	pub fn account(&self, name: &str) -> FieldResult<String> {
		account(self.get(name)?).ok_or_else(|| self.err(name, "an account"))
	}

	/// A 32-byte hash (a reference, a code hash, a root, an id), as 0x-prefixed hex.
	pub fn hash(&self, name: &str) -> FieldResult<String> {
		match bytes(self.get(name)?) {
			Some(b) if b.len() == 32 => Ok(format!("0x{}", hex::encode(b))),
			_ => Err(self.err(name, "32 bytes")),
		}
	}

	/// Bytes that are text (a plate, a geohash).
	pub fn text(&self, name: &str) -> FieldResult<String> {
		bytes(self.get(name)?)
			.and_then(|b| String::from_utf8(b).ok())
			.ok_or_else(|| self.err(name, "UTF-8 text"))
	}

	/// An id: a number's decimal string, or bytes' 0x hex.
	pub fn id(&self, name: &str) -> FieldResult<String> {
		id(self.get(name)?).ok_or_else(|| self.err(name, "an id"))
	}

	/// An enum's variant as a label: `PublicWorks`, `Other(7)`, `Meter(Water)`.
	pub fn label(&self, name: &str) -> FieldResult<String> {
		Ok(label(self.get(name)?))
	}
}

fn number(v: &Value<()>) -> Option<u128> {
	match &v.value {
		ValueDef::Primitive(Primitive::U128(n)) => Some(*n),
		// A newtype around a number (`struct Id(u32)`).
		ValueDef::Composite(Composite::Unnamed(vs)) if vs.len() == 1 => number(&vs[0]),
		_ => None,
	}
}

/// `Some(inner)` for `Some(x)`, `Some(None)` for `None`, `None` for what is not an `Option`.
fn option(v: &Value<()>) -> Option<Option<&Value<()>>> {
	match &v.value {
		ValueDef::Variant(var) if var.name == "None" && var.values.is_empty() => Some(None),
		ValueDef::Variant(var) if var.name == "Some" && var.values.len() == 1 => {
			var.values.values().next().map(Some)
		}
		_ => None,
	}
}

/// The bytes of a `[u8; N]`, a `Vec<u8>`, a `BoundedVec<u8, _>` or a newtype around one.
pub fn bytes(v: &Value<()>) -> Option<Vec<u8>> {
	match &v.value {
		ValueDef::Composite(c) => {
			let values: Vec<&Value<()>> = c.values().collect();
			if values.len() == 1 {
				if let Some(inner) = bytes(values[0]) {
					return Some(inner);
				}
			}
			values
				.iter()
				.map(|v| match &v.value {
					ValueDef::Primitive(Primitive::U128(n)) => u8::try_from(*n).ok(),
					_ => None,
				})
				.collect()
		}
		_ => None,
	}
}

fn account(v: &Value<()>) -> Option<String> {
	let b: [u8; 32] = bytes(v)?.try_into().ok()?;
	Some(AccountId32(b).to_string())
}

fn id(v: &Value<()>) -> Option<String> {
	number(v).map(|n| n.to_string()).or_else(|| bytes(v).map(|b| format!("0x{}", hex::encode(b))))
}

/// A value as a short label: variants by name with their fields in brackets, numbers in decimal,
/// byte strings as hex.
pub fn label(v: &Value<()>) -> String {
	match &v.value {
		ValueDef::Variant(var) if var.values.is_empty() => var.name.clone(),
		ValueDef::Variant(var) => {
			// `Ok(())`: no fields worth a bracket.
			let inner: Vec<String> =
				var.values.values().map(label).filter(|l| !l.is_empty()).collect();
			if inner.is_empty() {
				var.name.clone()
			} else {
				format!("{}({})", var.name, inner.join(", "))
			}
		}
		ValueDef::Primitive(Primitive::U128(n)) => n.to_string(),
		ValueDef::Primitive(Primitive::I128(n)) => n.to_string(),
		ValueDef::Primitive(Primitive::Bool(b)) => b.to_string(),
		ValueDef::Primitive(Primitive::String(s)) => s.clone(),
		ValueDef::Composite(c) => match (bytes(v), c.len()) {
			(Some(b), n) if n > 1 => format!("0x{}", hex::encode(b)),
			_ => {
				let inner: Vec<String> = c.values().map(label).collect();
				inner.join(", ")
			}
		},
		_ => String::new(),
	}
}

/// A storage value's field by a path of names (`["tally", "ayes"]`), through variants' fields.
pub fn at_path<'a>(v: &'a Value<()>, path: &[&str]) -> Option<&'a Value<()>> {
	let mut v = v;
	for name in path {
		let fields = match &v.value {
			ValueDef::Composite(c) => c,
			ValueDef::Variant(var) => &var.values,
			_ => return None,
		};
		v = match fields {
			Composite::Named(vs) => vs.iter().find(|(n, _)| n == name).map(|(_, v)| v)?,
			// A variant or newtype around one value (`Ongoing(ReferendumStatus { .. })`): look
			// for the name inside it.
			Composite::Unnamed(vs) if vs.len() == 1 => at_path(&vs[0], &[name])?,
			Composite::Unnamed(_) => return None,
		};
	}
	Some(v)
}

/// A value's number (see [`Fields::u128`]).
pub fn number_of(v: &Value<()>) -> Option<u128> {
	number(v)
}

/// A value's variant name.
pub fn variant_name(v: &Value<()>) -> Option<&str> {
	match &v.value {
		ValueDef::Variant(var) => Some(&var.name),
		_ => None,
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn event(fields: Vec<(&str, Value<()>)>) -> Composite<()> {
		Composite::named(fields)
	}

	#[test]
	fn reads_numbers_accounts_hashes_labels_and_text() {
		let fields = event(vec![
			("amount", Value::u128(1_500_000_000_000)),
			("to", Value::unnamed_composite(vec![Value::from_bytes([1u8; 32])])),
			("reference", Value::from_bytes([0xab; 32])),
			("category", Value::unnamed_variant("Other", vec![Value::u128(7)])),
			("plate", Value::from_bytes(b"CITY-1")),
			("price", Value::unnamed_variant("Some", vec![Value::u128(5)])),
			("none", Value::unnamed_variant("None", vec![])),
		]);
		let f = Fields::new("Test.Event", &fields);
		assert_eq!(f.amount("amount").unwrap(), "1500000000000");
		assert_eq!(f.account("to").unwrap(), AccountId32([1u8; 32]).to_string());
		assert_eq!(f.hash("reference").unwrap(), format!("0x{}", "ab".repeat(32)));
		assert_eq!(f.label("category").unwrap(), "Other(7)");
		assert_eq!(f.text("plate").unwrap(), "CITY-1");
		assert_eq!(f.optional_amount("price").unwrap(), Some("5".into()));
		assert_eq!(f.optional_amount("none").unwrap(), None);
	}

	#[test]
	fn a_dispatch_result_is_labelled_without_empty_brackets() {
		let ok = Value::unnamed_variant("Ok", vec![Value::unnamed_composite(vec![])]);
		assert_eq!(label(&ok), "Ok");
		let err = Value::unnamed_variant(
			"Err",
			vec![Value::unnamed_variant(
				"Module",
				vec![Value::named_composite(vec![("index", Value::u128(21))])],
			)],
		);
		assert_eq!(label(&err), "Err(Module(21))");
	}

	#[test]
	fn a_referendum_tally_is_found_inside_its_ongoing_variant() {
		let tally = Value::named_composite(vec![
			("ayes", Value::u128(30)),
			("nays", Value::u128(10)),
			("turnout", Value::u128(40)),
		]);
		let status = Value::named_composite(vec![("end", Value::u128(100)), ("tally", tally)]);
		let info = Value::unnamed_variant("Ongoing", vec![status]);
		assert_eq!(at_path(&info, &["tally", "ayes"]).and_then(number_of), Some(30));
		assert_eq!(at_path(&info, &["tally", "turnout"]).and_then(number_of), Some(40));
		let finished = Value::named_variant(
			"Finished",
			vec![("approved", Value::bool(true)), ("end", Value::u128(9))],
		);
		assert_eq!(at_path(&finished, &["tally", "ayes"]), None);
	}

	#[test]
	fn a_missing_or_mistyped_field_is_an_error_naming_it() {
		let fields = event(vec![("amount", Value::bool(true))]);
		let f = Fields::new("ReserveFund.Spent", &fields);
		assert_eq!(
			f.u128("amount").unwrap_err().0,
			"ReserveFund.Spent: field `amount` is not a number"
		);
		assert_eq!(f.get("to").unwrap_err().0, "ReserveFund.Spent: no field `to`");
		assert!(f.hash("amount").is_err());
	}
}

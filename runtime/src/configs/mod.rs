//! Pallet configurations, one file per concern (`system`, `currency`, `governance`, `accounts`, `validators`) and, for
//! the city's own pallets, one file per pallet in `city/`. Everything they define is
//! re-exported here, so `configs::X` names any of it.

pub mod accounts;
pub mod city;
pub mod currency;
pub mod governance;
pub mod system;
pub mod validators;

pub use accounts::*;
pub use city::*;
pub use currency::*;
pub use governance::*;
pub use system::*;
pub use validators::*;

//! Pallet configurations, one file per concern.

pub mod city;
pub mod currency;
pub mod governance;
pub mod system;

pub use city::*;
pub use currency::*;
pub use governance::*;
pub use system::*;

//! Pallet configurations, one file per concern.

pub mod currency;
pub mod governance;
pub mod system;

pub use currency::*;
pub use governance::*;
pub use system::*;

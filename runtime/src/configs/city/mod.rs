//! The city's own pallets, one file each: the identity registry (who is a resident, who acts
//! for which department, who holds which role), the reserve fund (the city's treasury),
//! CityCoin (issuance, services, payroll, metered billing), the municipal bonds, the vehicle
//! registry and the IoT anchors (device-signed fingerprints of sensor data).
//!
//! Who may do what in these pallets, with the origin each step takes here, is written once:
//! the root README's "Who may do what". A change of an origin in these files changes that
//! table too.

mod bonds;
mod citycoin;
mod identity_registry;
mod iot_anchors;
mod reserve_fund;
mod vehicle_registry;

pub use bonds::*;
pub use citycoin::*;
pub use identity_registry::*;
pub use iot_anchors::*;
pub use reserve_fund::*;
pub use vehicle_registry::*;

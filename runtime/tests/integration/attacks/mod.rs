//! Attack tests: for each rule a pallet enforces, whoever it constrains (a clerk, a council
//! majority, a device owner, a spammer with many accounts, an MQTT publisher) tries to get
//! around it on the real runtime, with signed extrinsics and real council motions, and the test
//! shows the attempt fails to do harm. Named after the attack; never deleted.

mod contracts;
mod fees;
mod governance;
mod identity;
mod iot;
mod meters;
mod payroll;
mod validators;
mod vehicles;
mod wrappers;

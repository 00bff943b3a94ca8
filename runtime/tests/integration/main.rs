//! Runtime tests: the real runtime, built from its genesis presets and driven block by block
//! (one test binary, so the runtime and its executor are linked once).

mod accounts;
mod attacks;
mod bonds;
mod citycoin;
mod common;
mod fees;
mod genesis;
mod governance;
mod governance_api;
mod identity;
mod iot;
mod manifest;
mod reserve;
#[cfg(feature = "try-runtime")]
mod try_state;
mod validators;
mod vehicles;
mod weights;

//! # City Chain's ledger indexer and API
//!
//! Follows a City Chain node's finalized blocks ([`follow`]), keeps what the city's residents,
//! auditors and systems need of its history ([`records`]) in SQLite or PostgreSQL ([`db`]), and
//! serves it read-only as JSON and CSV with an OpenAPI document ([`api`]). What is on chain now
//! is read from the node's runtime APIs (the portal does); the indexer keeps what a node forgets.

pub mod api;
pub mod db;
pub mod follow;
pub mod records;
pub mod value;

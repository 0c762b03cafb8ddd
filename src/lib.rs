//! cbe: a pkgsrc-style binary package manager for common build environments.
//!
//! The library holds everything; `main.rs` only calls [`cli::main`]. Modules are named for
//! the domain: [`core`] (basic types: prefix, keys, time), [`version`] (dewey versions and
//! patterns), [`package`] (the archive format and pkg_summary), [`pkgdb`] (the installed-package
//! database), [`repo`] (the repository client: catalogue, downloads, release verification),
//! [`transaction`] (crash-safe changes to a prefix), [`release`] (release engineering: index,
//! diff, publish), [`lines`] (CBE lines side by side). [`ops`] holds one module per user
//! operation, built from those; [`cli`] parses arguments into an operation's options, prints its
//! outcome, and maps [`error::Error`] to exit codes. A module imports only from layers below
//! it; ARCHITECTURE.md shows them and walks one install through them.
#![deny(missing_docs)]

pub mod cli;
pub mod config;
pub mod core;
pub mod digest;
pub mod error;
pub mod extra;
pub mod failpoint;
pub mod fetch;
pub mod fsutil;
pub mod landing;
pub mod lines;
pub mod ops;
pub mod os;
pub mod package;
pub mod parallel;
pub mod pkgdb;
pub mod platform;
pub mod release;
pub mod repo;
pub mod report;
pub mod resolve;
pub mod s3;
pub mod transaction;
pub mod version;

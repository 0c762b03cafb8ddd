//! cbe: a pkgsrc-style binary package manager for common build environments.
//!
//! The library holds everything; `main.rs` only calls [`cli::main`]. Modules are named for
//! the domain: [`version`] (dewey versions and patterns), [`package`] (the archive format),
//! [`pkgdb`] (the installed-package database), [`transaction`] (crash-safe changes to a
//! prefix), [`verify`], and [`cli`] (the command line, which maps [`error::Error`] to exit
//! codes).
#![deny(missing_docs)]

pub mod cli;
pub mod config;
pub mod digest;
pub mod error;
pub mod extra;
pub mod failpoint;
pub mod fetch;
pub mod fsutil;
pub mod install;
pub mod lines;
pub mod os;
pub mod package;
pub mod pkgdb;
pub mod platform;
pub mod publish;
pub mod relpath;
pub mod repo;
pub mod report;
pub mod resolve;
pub mod transaction;
pub mod verify;
pub mod version;

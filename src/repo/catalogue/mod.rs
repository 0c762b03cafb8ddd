//! The catalogue: what the line's repositories offer, as their signed indexes say, kept in
//! the package database and replaced atomically by `update`.
//!
//! `model` holds the catalogue's types and how a request picks a package; `store` reads
//! and records them in the prefix's database (its SQL is in `pkgdb::catalogue`); `update`
//! fetches and checks a repository's signed index before anything is stored.

mod model;
mod store;
mod update;

pub use model::{CatPkg, Catalogue, RepoState};
pub use update::{update, Outcome, RepoUpdate};

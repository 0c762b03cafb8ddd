//! Repositories: the signed index (pkg_summary and release file), keys, and the catalogue a
//! client keeps of them; the publish gate (`check`), what a release changes (`diff`), and
//! publishing without a half-published moment (`publish`).

pub mod bulk;
pub mod catalogue;
pub mod check;
pub mod diff;
pub mod download;
pub mod index;
pub mod password;
pub mod publish;
pub mod publish_s3;
pub mod release;
pub mod sign;
pub mod summary;

//! The package format: a compressed tar whose first members are the metadata (`+CONTENTS`,
//! `+COMMENT`, `+DESC`, `+BUILD_INFO`, `+SIZE_PKG`), then the payload.
//!
//! Reading one: `metadata.rs` reads the head, `paths.rs` holds the rules every path in a
//! package obeys, and `unpack.rs` runs the pipeline that stages the payload: the decoding
//! thread (`pipeline.rs`), the checking thread (`stage.rs`) and the writer pool
//! (`writers.rs`). Writing one is `create.rs`. `summary.rs` is pkg_summary, the entries an
//! index holds for its packages.

pub mod archive;
pub use archive::{Alongside, Compression};
mod build_info;
pub mod create;
mod file;
pub mod frame_table;
pub mod frames;
mod metadata;
mod paths;
mod pipeline;
pub mod plist;
mod stage;
pub mod summary;
mod unpack;
mod writers;

pub use build_info::BuildInfo;
pub use create::{build_platform, create, host_arch, CreateSpec};
pub use file::PackageFile;
pub use metadata::{read_metadata, read_metadata_from, Metadata};
pub use paths::{check_rel_path, validate_plist, EXTRA_STAMP};
pub use plist::{Entry, EntryKind, PackingList};
pub use stage::{Policy, Staged, StagedFile, StagedKind};
pub use unpack::unpack;

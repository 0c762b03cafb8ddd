//! The package format: a compressed tar whose first members are the metadata (`+CONTENTS`,
//! `+COMMENT`, `+DESC`, `+BUILD_INFO`, `+SIZE_PKG`), then the payload.

pub mod archive;
pub mod create;
pub mod frames;
pub mod plist;
pub mod reader;

pub use create::{create, host_arch, CreateSpec};
pub use plist::{Entry, EntryKind, PackingList};
pub use reader::{read_metadata, unpack, Metadata, Policy, Staged, StagedFile, StagedKind};

//! Repositories as a client sees them: the signed release file and its verification
//! (`release`), the catalogue a client keeps of them (`catalogue`), and the download cache
//! (`download`). Making and publishing repositories is [`crate::release`].

pub mod catalogue;
pub mod download;
pub mod release;

//! The bottom layer: basic types every other module may use, importing nothing of cbe's but
//! errors and the operating system. A prefix ([`Prefix`]), keys and signatures ([`sign`]),
//! repository names ([`names`]), timestamps ([`time`]), the ancestors of a relative path
//! ([`relpath`]).

pub mod names;
mod prefix;
pub mod relpath;
pub mod sign;
pub mod time;

pub use prefix::Prefix;

//! Platform image stamps (`20180329T002515Z`), as SmartOS's `uname -v` carries them.

use std::fmt;

/// A platform image build stamp: `YYYYMMDDTHHMMSSZ`. Stamps order as their text does.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp(String);

impl Stamp {
    /// Reads a stamp, or a `uname -v` string ending in one (`joyent_20180329T002515Z`).
    pub fn parse(s: &str) -> Result<Stamp, String> {
        let s = s.trim();
        let tail = s.rsplit('_').next().unwrap_or(s);
        let b = tail.as_bytes();
        let ok = b.len() == 16
            && b[..8].iter().all(u8::is_ascii_digit)
            && b[8] == b'T'
            && b[9..15].iter().all(u8::is_ascii_digit)
            && b[15] == b'Z';
        if !ok {
            return Err(format!(
                "`{s}` is not a platform image stamp (YYYYMMDDTHHMMSSZ, e.g. 20180329T002515Z)"
            ));
        }
        let num = |r: std::ops::Range<usize>| tail[r].parse::<u32>().unwrap_or(99);
        let (mo, d, h, mi, se) = (num(4..6), num(6..8), num(9..11), num(11..13), num(13..15));
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
            return Err(format!("`{s}` is not a valid date and time"));
        }
        Ok(Stamp(tail.to_string()))
    }

    /// The stamp's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uname(sysname: &str, version: &str) -> crate::os::System {
        crate::os::System {
            sysname: sysname.into(),
            release: "5.11".into(),
            version: version.into(),
            machine: "i86pc".into(),
        }
    }

    #[test]
    fn smartos_stamp_comes_from_uname_v() {
        let h = host_of(&uname("SunOS", "joyent_20180329T002515Z")).unwrap();
        assert_eq!(
            h,
            Host::Known(Stamp::parse("20180329T002515Z").unwrap(), "uname -v".into())
        );
        // An illumos that is not SmartOS (OmniOS says `omnios-r151046-…`) has no stamp.
        assert!(host_of(&uname("SunOS", "omnios-r151046")).is_err());
        assert!(matches!(
            host_of(&uname("Linux", "#1 SMP")).unwrap(),
            Host::Unknown(_)
        ));
    }

    #[test]
    fn stamps() {
        assert_eq!(
            Stamp::parse("joyent_20180329T002515Z").unwrap().as_str(),
            "20180329T002515Z"
        );
        assert!(
            Stamp::parse("20180329T002515Z").unwrap() < Stamp::parse("20190101T000000Z").unwrap()
        );
        for bad in [
            "",
            "2018",
            "20181329T002515Z",
            "20180329T252515Z",
            "20180329X002515Z",
            "x_20180329T002515",
        ] {
            assert!(Stamp::parse(bad).is_err(), "{bad}");
        }
    }
}

/// Where the platform image stamp came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// Read from `--platform-image`, `CBE_PLATFORM_IMAGE` or `uname -v` on illumos.
    Known(Stamp, String),
    /// Not SmartOS and no override: the check cannot be made.
    Unknown(String),
}

/// This machine's platform image: the override when given (a malformed one is an error),
/// else `uname -v` on illumos, else unknown.
pub fn host(override_stamp: Option<&str>) -> Result<Host, String> {
    if let Some(s) = override_stamp {
        return Stamp::parse(s)
            .map(|st| Host::Known(st, "--platform-image / CBE_PLATFORM_IMAGE".to_string()))
            .map_err(|e| format!("platform image {e}"));
    }
    let sys = crate::os::system().map_err(|e| format!("uname: {e}"))?;
    host_of(&sys)
}

/// The platform image `uname` gives: on illumos (`SunOS`), the stamp ending `uname -v`.
fn host_of(sys: &crate::os::System) -> Result<Host, String> {
    if sys.sysname != "SunOS" {
        return Ok(Host::Unknown(format!(
            "this is {}, not SmartOS, and no --platform-image was given",
            sys.sysname
        )));
    }
    Stamp::parse(&sys.version)
        .map(|st| Host::Known(st, "uname -v".to_string()))
        .map_err(|e| format!("uname -v: {e}"))
}

/// The outcome of comparing this machine's stamp with the oldest supported one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// New enough.
    Ok,
    /// Older than the oldest supported: the message names both stamps and what to do.
    TooOld(String),
    /// Could not be checked (not SmartOS, no override).
    Skipped(String),
}

/// Compares `host` with `oldest`.
pub fn check(host: &Host, oldest: Option<&Stamp>) -> Check {
    match (host, oldest) {
        (_, None) => Check::Ok,
        (Host::Unknown(why), Some(_)) => Check::Skipped(why.clone()),
        (Host::Known(stamp, from), Some(oldest)) => {
            if stamp >= oldest {
                Check::Ok
            } else {
                Check::TooOld(format!(
                    "platform image {stamp} (from {from}) is older than the oldest supported, {oldest}; boot a platform image of {oldest} or later"
                ))
            }
        }
    }
}

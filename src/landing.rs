//! A download's landing: how much of a package file has arrived *and* matched the frame table
//! the signed index gives for it, shared by the threads that download it (one or several
//! connections, each writing its byte range) and the threads that decode it. A reader blocks
//! until the bytes it wants lie below the verified watermark, so no byte the index has not
//! vouched for is ever handed to a decompressor; a frame that does not match, or a download
//! that fails for good, wakes every reader with the error.
//!
//! Bytes above the watermark may sit in the file unverified (a connection writes as it
//! receives); bytes below it are never written again. The whole file's SHA-256 is taken as
//! the watermark rises, from the file, so that it is ready when the last frame lands.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::sync::{Condvar, Mutex, MutexGuard};

use sha2::{Digest, Sha256};

use crate::error::{Error, Refusal, Result};

/// One frame: where it lies in the package file and what its bytes hash to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// Its first byte's offset in the file.
    pub offset: u64,
    /// Its length in bytes.
    pub len: u64,
    /// SHA-256 of those bytes.
    pub sha256: [u8; 32],
}

impl Frame {
    /// The offset just past its last byte.
    pub fn end(&self) -> u64 {
        self.offset + self.len
    }

    /// Whether `bytes` are this frame's.
    pub fn matches(&self, bytes: &[u8]) -> bool {
        bytes.len() as u64 == self.len && Sha256::digest(bytes).as_slice() == self.sha256
    }
}

/// What went wrong while feeding received bytes to a [`Landing`].
#[derive(Debug)]
pub enum FeedError {
    /// Writing into the file failed.
    Io(io::Error),
    /// The frame at index `frame` does not match its digest; its bytes hash to `got`.
    Mismatch {
        /// Which frame.
        frame: usize,
        /// The SHA-256 of the bytes that came.
        got: [u8; 32],
    },
    /// More bytes than the range asked for.
    TooMany,
}

/// The frames of one download, which of them have landed verified, and the outcome.
pub struct Landing {
    frames: Vec<Frame>,
    state: Mutex<State>,
    changed: Condvar,
    whole: Mutex<Whole>,
}

struct State {
    verified: Vec<bool>,
    /// The first frame not verified: `frames[..next]` are.
    next: usize,
    /// Why the download failed, for the readers.
    failed: Option<String>,
    /// The download's outcome, once it has one, for [`Landing::outcome`].
    outcome: Option<Result<()>>,
    finished: bool,
}

/// The whole file's SHA-256, taken up to `to` (always a verified offset).
struct Whole {
    sha: Sha256,
    to: u64,
    /// What it reads through, kept from one frame's landing to the next.
    buf: Vec<u8>,
}

/// A connection's place in its range: the next byte's offset and the hash of its frame so far.
pub struct Incoming {
    at: u64,
    end: u64,
    frame: usize,
    sha: Sha256,
}

impl Incoming {
    /// The offset of the next byte expected.
    pub fn at(&self) -> u64 {
        self.at
    }

    /// The offset just past the last byte of its range.
    pub fn end(&self) -> u64 {
        self.end
    }
}

impl Landing {
    /// A landing for `frames`, which tile the file from its first byte to its last.
    pub fn new(frames: Vec<Frame>) -> Landing {
        Landing {
            state: Mutex::new(State {
                verified: vec![false; frames.len()],
                next: 0,
                failed: None,
                outcome: None,
                finished: false,
            }),
            frames,
            changed: Condvar::new(),
            whole: Mutex::new(Whole {
                sha: Sha256::new(),
                to: 0,
                buf: Vec::new(),
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The frames, in file order.
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// The file's size.
    pub fn size(&self) -> u64 {
        self.frames.last().map_or(0, Frame::end)
    }

    /// Bytes from the start of the file that have landed verified.
    pub fn watermark(&self) -> u64 {
        watermark(&self.frames, &self.state())
    }

    /// The frames of `range` not yet verified: the first such one, if any.
    pub fn first_missing(&self, range: Range<usize>) -> Option<usize> {
        let st = self.state();
        range.into_iter().find(|&k| !st.verified[k])
    }

    /// The frames a connection fetches next, from frame `from` on: the first that has not
    /// landed, and those after it, up to about `bytes` in all (one frame at least).
    pub fn chunk_from(&self, from: usize, bytes: u64) -> Option<Range<usize>> {
        let st = self.state();
        let start = (from..self.frames.len()).find(|&k| !st.verified[k])?;
        let mut end = start + 1;
        let mut taken = self.frames[start].len;
        while let Some(f) = self.frames.get(end).filter(|_| !st.verified[end]) {
            if taken.saturating_add(f.len) > bytes {
                break;
            }
            taken += f.len;
            end += 1;
        }
        Some(start..end)
    }

    /// Where a connection receiving frames from `frame` on begins, up to the end of frame
    /// `last`.
    pub fn incoming(&self, frame: usize, last: usize) -> Incoming {
        Incoming {
            at: self.frames[frame].offset,
            end: self.frames[last].end(),
            frame,
            sha: Sha256::new(),
        }
    }

    /// Takes bytes a connection received at `inc.at()`: written into `file` and hashed frame
    /// by frame; a frame whose bytes are complete and match lands (the watermark rises past
    /// it when the frames before it have landed). A frame that landed already is not written
    /// again: its bytes may be being read.
    pub fn feed(&self, inc: &mut Incoming, file: &File, mut bytes: &[u8]) -> Result<(), FeedError> {
        if inc.at + bytes.len() as u64 > inc.end {
            return Err(FeedError::TooMany);
        }
        while !bytes.is_empty() {
            let f = &self.frames[inc.frame];
            let take = bytes.len().min((f.end() - inc.at) as usize);
            let (now, rest) = bytes.split_at(take);
            if !self.state().verified[inc.frame] {
                file.write_all_at(now, inc.at).map_err(FeedError::Io)?;
                inc.sha.update(now);
            }
            inc.at += take as u64;
            bytes = rest;
            if inc.at == f.end() {
                let sha = std::mem::take(&mut inc.sha).finalize();
                let k = inc.frame;
                inc.frame += 1;
                if !self.state().verified[k] {
                    if sha.as_slice() != f.sha256 {
                        return Err(FeedError::Mismatch {
                            frame: k,
                            got: sha.into(),
                        });
                    }
                    crate::failpoint::hit("stream-frame-landed");
                    self.land(k, file).map_err(FeedError::Io)?;
                }
            }
        }
        Ok(())
    }

    /// Checks the frames an earlier attempt left in `file` (from the start, while they are
    /// whole), landing each that matches.
    pub fn resume(&self, file: &File) -> io::Result<()> {
        let len = file.metadata()?.len();
        let mut buf = Vec::new();
        for (k, f) in self.frames.iter().enumerate() {
            if f.end() > len {
                break;
            }
            buf.resize(f.len as usize, 0);
            file.read_exact_at(&mut buf, f.offset)?;
            if !f.matches(&buf) {
                break;
            }
            self.land(k, file)?;
        }
        Ok(())
    }

    /// Marks frame `k` verified, wakes the readers, and hashes the file up to the watermark.
    fn land(&self, k: usize, file: &File) -> io::Result<()> {
        let mark = {
            let mut st = self.state();
            st.verified[k] = true;
            while st.next < self.frames.len() && st.verified[st.next] {
                st.next += 1;
            }
            watermark(&self.frames, &st)
        };
        self.changed.notify_all();
        self.hash_up_to(mark, file)
    }

    fn hash_up_to(&self, mark: u64, file: &File) -> io::Result<()> {
        let mut guard = self.whole.lock().unwrap_or_else(|e| e.into_inner());
        let whole = &mut *guard;
        if whole.to < mark && whole.buf.is_empty() {
            whole.buf = vec![0u8; 1 << 20];
        }
        while whole.to < mark {
            let n = whole.buf.len().min((mark - whole.to) as usize);
            file.read_exact_at(&mut whole.buf[..n], whole.to)?;
            whole.sha.update(&whole.buf[..n]);
            whole.to += n as u64;
        }
        // A landing lives as long as its package is staged: no buffer outlives the hashing.
        if whole.to == self.size() {
            whole.buf = Vec::new();
        }
        Ok(())
    }

    /// The whole file's SHA-256 (lowercase hex), once every frame has landed.
    pub fn whole_digest(&self) -> Option<String> {
        let whole = self.whole.lock().unwrap_or_else(|e| e.into_inner());
        (whole.to == self.size()).then(|| hex::encode(whole.sha.clone().finalize()))
    }

    /// Waits until the first `end` bytes have landed verified; returns the watermark then.
    /// Fails with the download's error when it fails first.
    pub fn wait_for(&self, end: u64) -> io::Result<u64> {
        let mut st = self.state();
        loop {
            if let Some(why) = &st.failed {
                return Err(io::Error::other(format!("download failed: {why}")));
            }
            let mark = watermark(&self.frames, &st);
            if mark >= end.min(self.size()) {
                return Ok(mark);
            }
            st = self.changed.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Records the download's outcome (the whole file checked and in the cache, or why not)
    /// and wakes everyone waiting.
    pub fn finish(&self, outcome: Result<()>) {
        let mut st = self.state();
        if st.finished {
            return;
        }
        if let Err(e) = &outcome {
            st.failed = Some(e.to_string());
        }
        st.outcome = Some(outcome);
        st.finished = true;
        drop(st);
        self.changed.notify_all();
    }

    /// Waits for the download's outcome. The error is given once; asked again, a failed
    /// download says only that it failed.
    pub fn outcome(&self) -> Result<()> {
        let mut st = self.state();
        while !st.finished {
            st = self.changed.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        match (st.outcome.take(), &st.failed) {
            (Some(r), _) => r,
            (None, None) => Ok(()),
            (None, Some(why)) => Err(Error::refused(
                Refusal::Other,
                format!("download failed: {why}"),
            )),
        }
    }
}

impl std::fmt::Debug for Landing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Landing")
            .field("frames", &self.frames.len())
            .field("watermark", &self.watermark())
            .finish()
    }
}

fn watermark(frames: &[Frame], st: &State) -> u64 {
    st.next.checked_sub(1).map_or(0, |k| frames[k].end())
}

/// Finishes a landing when dropped unfinished (a download thread that panicked or returned
/// early), so that no reader waits for ever.
pub struct FinishOnDrop<'a>(pub &'a Landing);

impl Drop for FinishOnDrop<'_> {
    fn drop(&mut self) {
        self.0.finish(Err(Error::refused(
            Refusal::Other,
            "the download stopped before it finished",
        )));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(data: &[u8], cuts: &[usize]) -> Vec<Frame> {
        let mut frames = Vec::new();
        let mut at = 0;
        for &end in cuts.iter().chain([&data.len()]) {
            frames.push(Frame {
                offset: at as u64,
                len: (end - at) as u64,
                sha256: Sha256::digest(&data[at..end]).into(),
            });
            at = end;
        }
        frames
    }

    #[test]
    fn frames_land_only_when_they_match_and_the_watermark_follows_the_first_gap() {
        let dir = tempfile::tempdir().unwrap();
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(dir.path().join("p.part"))
            .unwrap();
        let data: Vec<u8> = (0..3000u32).map(|i| (i * 7) as u8).collect();
        let landing = Landing::new(table(&data, &[1000, 2000]));
        assert_eq!(landing.chunk_from(0, 1500), Some(0..1));
        assert_eq!(landing.chunk_from(0, 3000), Some(0..3));
        assert_eq!(landing.chunk_from(1, 10), Some(1..2), "one frame at least");
        // The second frame first, on a connection of its own, in pieces.
        let mut second = landing.incoming(1, 2);
        landing.feed(&mut second, &file, &data[1000..1500]).unwrap();
        landing.feed(&mut second, &file, &data[1500..3000]).unwrap();
        assert_eq!(landing.watermark(), 0, "the first frame has not landed");
        assert_eq!(
            landing.chunk_from(0, 3000),
            Some(0..1),
            "landed frames end a chunk"
        );
        assert_eq!(landing.chunk_from(1, 3000), None);
        let mut first = landing.incoming(0, 0);
        landing.feed(&mut first, &file, &data[..1000]).unwrap();
        assert_eq!(landing.chunk_from(0, 3000), None, "every frame has landed");
        assert_eq!(landing.wait_for(3000).unwrap(), 3000);
        assert_eq!(
            landing.whole_digest().unwrap(),
            hex::encode(Sha256::digest(&data))
        );
        // A damaged frame does not land, and its bytes do not go over landed ones.
        let landing = Landing::new(table(&data, &[1000, 2000]));
        let mut inc = landing.incoming(0, 2);
        let mut bad = data.clone();
        bad[1500] ^= 1;
        let e = landing.feed(&mut inc, &file, &bad).unwrap_err();
        assert!(matches!(e, FeedError::Mismatch { frame: 1, .. }), "{e:?}");
        assert_eq!(landing.watermark(), 1000);
        assert!(landing.whole_digest().is_none());
        let mut again = landing.incoming(0, 0);
        let mut other = data[..1000].to_vec();
        other[0] ^= 1;
        landing.feed(&mut again, &file, &other).unwrap();
        let mut head = vec![0u8; 1000];
        file.read_exact_at(&mut head, 0).unwrap();
        assert_eq!(head, data[..1000], "a landed frame is not written again");
        assert!(matches!(
            landing.feed(&mut again, &file, b"x"),
            Err(FeedError::TooMany)
        ));
    }

    #[test]
    fn a_failure_wakes_a_waiting_reader_with_its_reason() {
        let data = vec![5u8; 100];
        let landing = std::sync::Arc::new(Landing::new(table(&data, &[50])));
        let reader = std::thread::spawn({
            let l = landing.clone();
            move || l.wait_for(100).unwrap_err().to_string()
        });
        std::thread::sleep(std::time::Duration::from_millis(50));
        landing.finish(Err(Error::verify("p.tzst", "frame mismatch")));
        assert!(reader.join().unwrap().contains("frame mismatch"));
        assert!(landing
            .outcome()
            .unwrap_err()
            .to_string()
            .contains("frame mismatch"));
        let dropped = Landing::new(table(&data, &[50]));
        drop(FinishOnDrop(&dropped));
        assert!(dropped.outcome().is_err());
    }
}

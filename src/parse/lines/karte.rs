//! The map from a buffer the line layer writes back to the text read, in eight bytes a segment.
//!
//! A segment says that the buffer's bytes from its offset on are copies of the text from its
//! offset on (identical), or that they all stand for that one position (text the layer wrote
//! itself: a joining space, a line end, a replaced character). The line layer keeps one or two
//! segments per line, so their size is a good part of its memory: two `u32` offsets, the flag in
//! the top bit of the second, for texts of up to [`MAX_TEXT`] bytes.

/// The longest text the line layer maps: offsets of the text read fit in 31 bits, those of the
/// buffers (the text and a line end per line) in 32.
pub(crate) const MAX_TEXT: usize = (1 << 31) - 1;

/// The longest input (the caller's bytes, which a decoded text may be up to twice as long as)
/// whose spans the line records hold in 32-bit offsets.
pub(crate) const MAX_EINGABE: usize = u32::MAX as usize;

/// The flag bit of [`Segment::text`]: the bytes are copies.
const IDENTISCH: u32 = 1 << 31;

/// One segment: where it starts in the buffer, and in the text read with the flag.
#[derive(Debug, Clone, Copy)]
struct Segment {
    buf: u32,
    text: u32,
}

/// Segments in buffer order.
#[derive(Debug, Default)]
pub(crate) struct Karte(Vec<Segment>);

/// An offset as 32 bits: texts are at most [`MAX_TEXT`] long (the parser refuses longer ones), so
/// the saturation never applies.
fn u32_von(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

impl Karte {
    /// An empty map with room for `n` segments.
    pub(crate) fn with_capacity(n: usize) -> Self {
        Karte(Vec::with_capacity(n))
    }

    /// The number of segments.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// Adds a segment starting at buffer offset `buf`, for text offset `text`.
    pub(crate) fn push(&mut self, buf: usize, text: usize, identisch: bool) {
        let flag = if identisch { IDENTISCH } else { 0 };
        self.0.push(Segment {
            buf: u32_von(buf),
            text: u32_von(text.min(MAX_TEXT)) | flag,
        });
    }

    /// Segment `i` as (buffer offset, text offset, identical).
    pub(crate) fn get(&self, i: usize) -> Option<(usize, usize, bool)> {
        self.0.get(i).map(|s| {
            (
                s.buf as usize,
                (s.text & !IDENTISCH) as usize,
                s.text & IDENTISCH != 0,
            )
        })
    }

    /// The last segment.
    pub(crate) fn last(&self) -> Option<(usize, usize, bool)> {
        self.get(self.0.len().checked_sub(1)?)
    }

    /// The segments in order, as [`Karte::get`] gives them.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
        self.ab(0)
    }

    /// The segments from index `first` on (without walking there).
    pub(crate) fn ab(&self, first: usize) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
        (first..self.0.len()).filter_map(|i| self.get(i))
    }

    /// How many segments start at or before buffer offset `pos` (the one holding `pos` is the
    /// last of them).
    pub(crate) fn bis(&self, pos: usize) -> usize {
        self.0.partition_point(|s| s.buf as usize <= pos)
    }

    /// Sorts the segments by buffer offset and keeps the first of each offset.
    pub(crate) fn ordnen(&mut self) {
        self.0.sort_by_key(|s| s.buf);
        self.0.dedup_by_key(|s| s.buf);
    }
}

/// A range of a buffer in eight bytes (buffers of a text of at most [`MAX_TEXT`] bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Bereich {
    start: u32,
    end: u32,
}

impl Bereich {
    /// The compact form of `r`.
    pub(crate) fn von(r: std::ops::Range<usize>) -> Self {
        Bereich {
            start: u32_von(r.start),
            end: u32_von(r.end),
        }
    }

    /// The range.
    pub(crate) fn r(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The range as a span (of the text read or the input, as the range was).
    pub(crate) fn span(self) -> crate::Span {
        crate::Span::new(self.start as usize, self.end as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_keep_offsets_and_flag_in_eight_bytes() {
        assert_eq!(std::mem::size_of::<Segment>(), 8);
        let mut k = Karte::with_capacity(3);
        k.push(0, 5, true);
        k.push(10, MAX_TEXT, false);
        k.push(7, 3, true);
        assert_eq!(k.get(0), Some((0, 5, true)));
        assert_eq!(k.get(1), Some((10, MAX_TEXT, false)));
        assert_eq!(k.last(), Some((7, 3, true)));
        k.ordnen();
        let alle: Vec<_> = k.iter().collect();
        assert_eq!(alle, [(0, 5, true), (7, 3, true), (10, MAX_TEXT, false)]);
        assert_eq!(k.ab(2).next(), Some((10, MAX_TEXT, false)));
        assert_eq!(std::mem::size_of::<Bereich>(), 8);
        assert_eq!(Bereich::von(3..MAX_TEXT + 1).r(), 3..MAX_TEXT + 1);
        assert_eq!(Bereich::von(3..9).span(), crate::Span::new(3, 9));
        assert_eq!(k.bis(9), 2);
        assert_eq!(k.len(), 3);
    }
}

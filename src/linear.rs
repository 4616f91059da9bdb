//! Linear models shipped as data: quantised weights over hashed [`features`](crate::features).
//!
//! A model has one or more outputs (a logit each). Weights are `i8` with one scale for the
//! model, so a score is an exact integer sum — the same natively and in WebAssembly — and a
//! model of a few thousand features is a few kilobytes. Probabilities use [`sigmoid`], built
//! from `+ − × ÷` only, so they too are the same on every platform.
//!
//! The byte format (little-endian): `b"SLM2"`, outputs (`u8`), scale (`f32`), biases
//! (`i32` × outputs), entry count (`u32`); the distinct rows of weights (`u32` count, then
//! `i8` × outputs each, the commonest first); the two codes' parameters `k` (`u8` each); then
//! a bit stream, most significant bit first, padded with zeros to a byte: per entry, buckets
//! ascending, the gap since the bucket after the previous one (Rice code) and the index of
//! its row of weights (exponential-Golomb code).
//!
//! Why codes and not bytes: a model is thousands of (bucket, weights) entries, and every
//! reader downloads it. Gaps between hashed buckets are geometric and rows of coarsened
//! weights repeat, so these two codes store each within a few per cent of its entropy,
//! which gzip on bytes did not come near (the stance model: 15.3 KB gzipped as LEB128 and
//! bytes, 12.1 KB coded, and gzip finds nothing more in it).

use std::collections::BTreeMap;

use thiserror::Error;

use crate::features::{Features, BUCKETS};

/// Why bytes are not a model.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum ModelError {
    /// The bytes end early.
    #[error("model data ends early")]
    Truncated,
    /// Not a model file.
    #[error("not a StanceLens model (bad magic)")]
    Magic,
    /// Buckets out of range or not ascending.
    #[error("model data is corrupt: {0}")]
    Corrupt(&'static str),
    /// A model in the format of an older StanceLens.
    #[error("model written by an older StanceLens: run `stancelens train` again")]
    Version,
}

/// A linear model with `outputs` logits.
#[derive(Clone, Debug, PartialEq)]
pub struct LinearModel {
    outputs: usize,
    scale: f32,
    bias: Vec<i32>,
    buckets: Vec<u32>,
    weights: Vec<i8>,
}

impl LinearModel {
    /// A model from float weights per bucket (ascending, distinct) and biases: the largest
    /// magnitude maps to ±127; weights that round to zero are dropped.
    pub fn quantise(outputs: usize, bias: &[f64], entries: &[(u32, Vec<f64>)]) -> LinearModel {
        let max = entries
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f64, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 } as f32;
        let s = f64::from(scale);
        let mut buckets = Vec::new();
        let mut weights = Vec::new();
        for (b, w) in entries {
            let q: Vec<i8> = w
                .iter()
                .map(|x| (x / s).round().clamp(-127.0, 127.0) as i8)
                .collect();
            if q.iter().any(|&x| x != 0) {
                buckets.push(*b);
                weights.extend(q);
            }
        }
        LinearModel {
            outputs,
            scale,
            bias: bias.iter().map(|b| (b / s).round() as i32).collect(),
            buckets,
            weights,
        }
    }

    /// The model with every weight rounded to the nearest of 0, ±4, ±8, ±16, ±24, ±32, ±48,
    /// ±64, ±96 and ±127 (powers of two, and half steps above 16; ties to the smaller), and
    /// the features whose weights all round to 0 left out.
    ///
    /// Why: a weight is then one of 19 byte values rather than 255, which gzip stores in
    /// fewer bits; the stance model goes from 18.1 to 15.3 KB gzipped, and held out it labels
    /// better, not worse (README, "Accuracy"). Every reader downloads the model.
    pub fn coarsened(&self) -> LinearModel {
        const LEVELS: [i8; 10] = [0, 4, 8, 16, 24, 32, 48, 64, 96, 127];
        let round = |w: i8| {
            let m = w.unsigned_abs();
            let level = LEVELS
                .iter()
                .copied()
                .min_by_key(|&l| m.abs_diff(l.unsigned_abs()))
                .unwrap_or(0);
            if w < 0 {
                -level
            } else {
                level
            }
        };
        self.mapped(|_, ws| {
            let rounded: Vec<i8> = ws.iter().map(|&w| round(w)).collect();
            rounded.iter().any(|&w| w != 0).then_some(rounded)
        })
    }

    /// The same model with only the buckets `keep` accepts (training leaves out the weights
    /// it fitted but will not ship).
    pub fn retain(&self, keep: impl Fn(u32) -> bool) -> LinearModel {
        self.mapped(|bucket, ws| keep(bucket).then(|| ws.to_vec()))
    }

    /// The same model with each bucket's weights as `each` gives them (`None` leaves the
    /// bucket out).
    fn mapped(&self, each: impl Fn(u32, &[i8]) -> Option<Vec<i8>>) -> LinearModel {
        let mut buckets = Vec::with_capacity(self.buckets.len());
        let mut weights = Vec::with_capacity(self.weights.len());
        for (&bucket, ws) in self.buckets.iter().zip(self.weights.chunks(self.outputs)) {
            if let Some(new) = each(bucket, ws) {
                buckets.push(bucket);
                weights.extend(new);
            }
        }
        LinearModel {
            outputs: self.outputs,
            scale: self.scale,
            bias: self.bias.clone(),
            buckets,
            weights,
        }
    }

    /// How many logits it gives.
    pub fn outputs(&self) -> usize {
        self.outputs
    }

    /// How many features it weighs.
    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    /// True when it weighs no feature.
    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }

    /// What one unit of an integer score is worth as a logit.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The weights of a bucket, if the model has it.
    pub fn weights_of(&self, bucket: u32) -> Option<&[i8]> {
        let i = self.buckets.binary_search(&bucket).ok()?;
        self.weights.get(i * self.outputs..(i + 1) * self.outputs)
    }

    /// Integer scores (bias included), one per output.
    pub fn scores(&self, features: &Features) -> Vec<i32> {
        let mut out = self.bias.clone();
        for f in &features.items {
            if let Some(w) = self.weights_of(f.hash) {
                for (o, &w) in out.iter_mut().zip(w) {
                    *o += i32::from(w) * i32::from(f.value);
                }
            }
        }
        out
    }

    /// The logits: scores times the scale.
    pub fn logits(&self, features: &Features) -> Vec<f64> {
        self.scores(features)
            .into_iter()
            .map(|s| f64::from(s) * f64::from(self.scale))
            .collect()
    }

    /// The model as bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"SLM2".to_vec();
        out.push(self.outputs as u8);
        out.extend(self.scale.to_le_bytes());
        for b in &self.bias {
            out.extend(b.to_le_bytes());
        }
        out.extend((self.buckets.len() as u32).to_le_bytes());
        // The distinct rows, commonest first (ties by their weights), so that common rows get
        // short indices.
        let entries: Vec<&[i8]> = self.weights.chunks(self.outputs.max(1)).collect();
        let mut counts: BTreeMap<&[i8], usize> = BTreeMap::new();
        for row in &entries {
            *counts.entry(row).or_default() += 1;
        }
        let mut rows: Vec<(&[i8], usize)> = counts.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        out.extend((rows.len() as u32).to_le_bytes());
        for (row, _) in &rows {
            out.extend(row.iter().map(|&w| w as u8));
        }
        let position: BTreeMap<&[i8], u32> = rows
            .iter()
            .enumerate()
            .map(|(i, (row, _))| (*row, i as u32))
            .collect();
        let mut next = 0;
        let gaps: Vec<u32> = self
            .buckets
            .iter()
            .map(|&b| {
                let gap = b - next;
                next = b + 1;
                gap
            })
            .collect();
        let indices: Vec<u32> = entries.iter().map(|row| position[row]).collect();
        let k_gap = (0..24).min_by_key(|&k| gaps.iter().map(|&g| rice_len(g, k)).sum::<u64>());
        let k_row =
            (0..24).min_by_key(|&k| indices.iter().map(|&i| exp_golomb_len(i, k)).sum::<u64>());
        let (k_gap, k_row) = (k_gap.unwrap_or(0), k_row.unwrap_or(0));
        out.push(k_gap as u8);
        out.push(k_row as u8);
        let mut bits = BitWriter::default();
        for (&gap, &index) in gaps.iter().zip(&indices) {
            bits.rice(gap, k_gap);
            bits.exp_golomb(index, k_row);
        }
        out.extend(bits.finish());
        out
    }

    /// Reads a model written by [`LinearModel::to_tagged`] with the same `tag`.
    pub fn from_tagged(bytes: &[u8], tag: &[u8; 4]) -> Result<LinearModel, ModelError> {
        match bytes.get(..4) {
            None => Err(ModelError::Truncated),
            Some(m) if m != tag => Err(ModelError::Magic),
            Some(_) => LinearModel::from_bytes(&bytes[4..]),
        }
    }

    /// The model as bytes after a four-byte `tag` saying what it is for, so that one
    /// model's file is never read as another's.
    pub fn to_tagged(&self, tag: &[u8; 4]) -> Vec<u8> {
        let mut out = tag.to_vec();
        out.extend(self.to_bytes());
        out
    }

    /// Reads a model written by [`LinearModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<LinearModel, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        match r.take(4)? {
            b"SLM2" => {}
            b"SLM1" => return Err(ModelError::Version),
            _ => return Err(ModelError::Magic),
        }
        let outputs = usize::from(r.take(1)?[0]);
        if outputs == 0 {
            return Err(ModelError::Corrupt("no outputs"));
        }
        let scale = f32::from_le_bytes(r.array()?);
        let mut bias = Vec::with_capacity(outputs);
        for _ in 0..outputs {
            bias.push(i32::from_le_bytes(r.array()?));
        }
        let n = u32::from_le_bytes(r.array()?) as usize;
        if n > BUCKETS as usize {
            return Err(ModelError::Corrupt("too many entries"));
        }
        let row_count = u32::from_le_bytes(r.array()?) as usize;
        let rows = r.take(
            row_count
                .checked_mul(outputs)
                .ok_or(ModelError::Corrupt("too many rows"))?,
        )?;
        let [k_gap, k_row] = r.array().map(|k| k.map(u32::from))?;
        if k_gap > 31 || k_row > 31 {
            return Err(ModelError::Corrupt("code parameter out of range"));
        }
        let mut bits = BitReader {
            bytes: &bytes[r.at..],
            bit: 0,
        };
        // Every entry takes at least two bits: a corrupt count allocates no more than that.
        let mut buckets = Vec::with_capacity(n.min(bits.bytes.len() * 4));
        let mut weights = Vec::with_capacity(buckets.capacity() * outputs);
        let mut next = 0u32;
        for _ in 0..n {
            let bucket = next
                .checked_add(bits.rice(k_gap)?)
                .filter(|&b| b < BUCKETS)
                .ok_or(ModelError::Corrupt("bucket out of range"))?;
            next = bucket + 1;
            let index = bits.exp_golomb(k_row)? as usize;
            let row = index
                .checked_mul(outputs)
                .and_then(|at| rows.get(at..))
                .and_then(|rest| rest.get(..outputs))
                .ok_or(ModelError::Corrupt("row out of range"))?;
            buckets.push(bucket);
            weights.extend(row.iter().map(|&b| b as i8));
        }
        if bits.bit.div_ceil(8) != bits.bytes.len() {
            return Err(ModelError::Corrupt("trailing bytes"));
        }
        Ok(LinearModel {
            outputs,
            scale,
            bias,
            buckets,
            weights,
        })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).ok_or(ModelError::Truncated)?;
        let s = self.bytes.get(self.at..end).ok_or(ModelError::Truncated)?;
        self.at = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let mut a = [0; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
}

/// Bits in the order [`BitReader`] reads them.
#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    bit: usize,
}

impl BitWriter {
    fn push(&mut self, one: bool) {
        if self.bit % 8 == 0 {
            self.bytes.push(0);
        }
        if one {
            if let Some(last) = self.bytes.last_mut() {
                *last |= 0x80 >> (self.bit % 8);
            }
        }
        self.bit += 1;
    }

    /// The low `n` bits of `v`, most significant first.
    fn bits(&mut self, v: u32, n: u32) {
        for i in (0..n).rev() {
            self.push(v >> i & 1 == 1);
        }
    }

    /// Rice code: `v >> k` zeros, a one, then the low `k` bits of `v`.
    fn rice(&mut self, v: u32, k: u32) {
        for _ in 0..v >> k {
            self.push(false);
        }
        self.push(true);
        self.bits(v, k);
    }

    /// Exponential-Golomb code of order `k`: `v + 2^k` in binary, after as many zeros as it
    /// has bits beyond `k + 1`.
    fn exp_golomb(&mut self, v: u32, k: u32) {
        let w = u64::from(v) + (1 << k);
        let n = 64 - w.leading_zeros();
        for _ in 0..n - k - 1 {
            self.push(false);
        }
        for i in (0..n).rev() {
            self.push(w >> i & 1 == 1);
        }
    }

    fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

/// Length in bits of the Rice code of `v`.
fn rice_len(v: u32, k: u32) -> u64 {
    u64::from(v >> k) + 1 + u64::from(k)
}

/// Length in bits of the exponential-Golomb code of `v`.
fn exp_golomb_len(v: u32, k: u32) -> u64 {
    let n = u64::from(64 - (u64::from(v) + (1 << k)).leading_zeros());
    2 * n - 1 - u64::from(k)
}

/// Reads what [`BitWriter`] wrote; running out is [`ModelError::Truncated`].
struct BitReader<'a> {
    bytes: &'a [u8],
    bit: usize,
}

impl BitReader<'_> {
    fn one(&mut self) -> Result<bool, ModelError> {
        let byte = self.bytes.get(self.bit / 8).ok_or(ModelError::Truncated)?;
        let one = byte & (0x80 >> (self.bit % 8)) != 0;
        self.bit += 1;
        Ok(one)
    }

    /// How many zeros come before the next one (at most `limit`).
    fn zeros(&mut self, limit: u32) -> Result<u32, ModelError> {
        let mut n = 0;
        while !self.one()? {
            n += 1;
            if n > limit {
                return Err(ModelError::Corrupt("code too long"));
            }
        }
        Ok(n)
    }

    fn bits(&mut self, n: u32) -> Result<u32, ModelError> {
        let mut v = 0u32;
        for _ in 0..n {
            v = v << 1 | u32::from(self.one()?);
        }
        Ok(v)
    }

    fn rice(&mut self, k: u32) -> Result<u32, ModelError> {
        let q = self.zeros(BUCKETS >> k)?;
        Ok(q << k | self.bits(k)?)
    }

    fn exp_golomb(&mut self, k: u32) -> Result<u32, ModelError> {
        let extra = self.zeros(31 - k)?;
        let n = extra + k;
        // The leading one was read by `zeros`.
        let rest = self.bits(n)?;
        Ok((1u32 << n | rest) - (1 << k))
    }
}

/// e^x for |x| ≤ 40, from `+ − × ÷` only (range reduction by halving, then a Taylor
/// series, then squaring): the same bits on every platform, unlike the platform's `exp`.
pub fn exp(x: f64) -> f64 {
    let x = x.clamp(-40.0, 40.0);
    let mut r = x / 64.0;
    // e^r for |r| ≤ 0.625: the series to r^18 is exact to double precision.
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..=18 {
        term = term * r / f64::from(n);
        sum += term;
    }
    r = sum;
    for _ in 0..6 {
        r *= r;
    }
    r
}

/// The logistic function, portable (see [`exp`]).
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + exp(-x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_is_close_to_the_platform_exp() {
        for i in -400..=400 {
            let x = f64::from(i) / 10.0;
            let (a, b) = (exp(x), x.exp());
            assert!((a - b).abs() <= 1e-12 * b, "{x}: {a} vs {b}");
        }
        assert!((sigmoid(0.0) - 0.5).abs() < 1e-15);
    }

    #[test]
    fn a_model_round_trips_through_bytes() {
        let m = LinearModel::quantise(
            2,
            &[0.5, -0.25],
            &[
                (3, vec![1.0, -2.0]),
                (70_000, vec![0.001, 0.0]),
                (BUCKETS - 1, vec![-0.5, 0.75]),
            ],
        );
        assert_eq!(m.len(), 2, "a weight that rounds to zero is dropped");
        let back = LinearModel::from_bytes(&m.to_bytes()).expect("reads");
        assert_eq!(back, m);
        let mut f = Features::default();
        f.items.push(crate::features::Feature {
            hash: 3,
            value: 2,
            group: 0,
            span: None,
        });
        let s = back.scores(&f);
        assert_eq!(s, vec![m.bias[0] + 2 * 64, m.bias[1] - 2 * 127]);
    }

    #[test]
    fn codes_write_the_bits_of_their_definitions_table() {
        // (Rice or exponential-Golomb, value, k, the bits written); reading gives it back.
        let cases: [(bool, u32, u32, &str); 10] = [
            (true, 0, 0, "1"),
            (true, 3, 0, "0001"),
            (true, 5, 2, "0101"),
            (true, 200, 7, "011001000"),
            (false, 0, 0, "1"),
            (false, 1, 0, "010"),
            (false, 3, 0, "00100"),
            (false, 3, 2, "111"),
            (false, 5, 2, "01001"),
            (false, 0, 4, "10000"),
        ];
        for (rice, v, k, want) in cases {
            let mut w = BitWriter::default();
            if rice {
                w.rice(v, k);
            } else {
                w.exp_golomb(v, k);
            }
            let len = if rice {
                rice_len(v, k)
            } else {
                exp_golomb_len(v, k)
            };
            assert_eq!(len, want.len() as u64, "{v} k={k}");
            let n = w.bit;
            let bytes = w.finish();
            let got: String = (0..n)
                .map(|i| {
                    if bytes[i / 8] & (0x80 >> (i % 8)) != 0 {
                        '1'
                    } else {
                        '0'
                    }
                })
                .collect();
            assert_eq!(got, want, "{v} k={k}");
            let mut r = BitReader {
                bytes: &bytes,
                bit: 0,
            };
            let back = if rice { r.rice(k) } else { r.exp_golomb(k) };
            assert_eq!(back, Ok(v));
        }
    }

    #[test]
    fn a_large_model_round_trips_through_its_codes() {
        // Buckets with gaps from 0 to thousands, rows that repeat and rows that do not.
        let mut entries = Vec::new();
        let mut bucket = 0u32;
        let mut x = 12345u32;
        for i in 0..3000u32 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            entries.push((bucket, vec![f64::from(x % 9) - 4.0, f64::from(i % 5)]));
            bucket += 1 + (x >> 8) % 300;
        }
        entries.push((BUCKETS - 1, vec![4.0, -4.0]));
        let m = LinearModel::quantise(2, &[1.0, -1.0], &entries).coarsened();
        let bytes = m.to_bytes();
        assert!(m.len() > 2000 && *m.buckets.last().unwrap_or(&0) == BUCKETS - 1);
        assert!(
            LinearModel::from_bytes(&bytes) == Ok(m.clone()),
            "reads back"
        );
        assert!(m.to_bytes() == bytes, "the same bytes every time");
    }

    #[test]
    fn coarse_weights_round_to_the_nearest_level_table() {
        // (weight as quantised, as coarsened): the largest maps to 127, so 1.0 is 127 units.
        let cases: [(f64, i8); 14] = [
            (127.0, 127),
            (112.0, 127),
            (111.0, 96),
            (-80.0, -64),
            (57.0, 64),
            (40.0, 32),
            (-28.0, -24),
            (20.0, 16),
            (12.0, 8),
            (6.0, 4),
            (3.0, 4),
            (-3.0, -4),
            (2.0, 0),
            (1.0, 0),
        ];
        let entries: Vec<(u32, Vec<f64>)> = cases
            .iter()
            .enumerate()
            .map(|(i, &(w, _))| (i as u32 + 1, vec![w / 127.0, 1.0]))
            .collect();
        let m = LinearModel::quantise(2, &[0.5, 0.0], &entries).coarsened();
        for (i, &(w, want)) in cases.iter().enumerate() {
            let got = m.weights_of(i as u32 + 1).map(|ws| ws[0]);
            assert_eq!(got, Some(want), "{w}");
        }
        assert_eq!(m.bias, vec![64, 0], "biases are not rounded");
        let small = LinearModel::quantise(1, &[0.0], &[(1, vec![1.0]), (2, vec![0.015])]);
        assert_eq!(small.len(), 2);
        assert_eq!(
            small.coarsened().len(),
            1,
            "a feature whose weights all round to 0 is left out"
        );
    }

    #[test]
    fn retain_keeps_the_buckets_asked_for_with_their_weights() {
        let entries = [
            (3, vec![0.5, -1.0]),
            (7, vec![1.0, 0.25]),
            (9, vec![-0.5, 0.5]),
        ];
        let m = LinearModel::quantise(2, &[0.1, 0.2], &entries);
        let kept = m.retain(|b| b != 7);
        assert_eq!(kept.len(), 2);
        assert_eq!(kept.weights_of(3), m.weights_of(3));
        assert_eq!(kept.weights_of(7), None);
        assert_eq!(kept.weights_of(9), m.weights_of(9));
        assert_eq!((kept.bias.clone(), kept.scale), (m.bias.clone(), m.scale));
        assert!(m.retain(|_| false).is_empty());
    }

    #[test]
    fn bad_bytes_are_errors_not_panics() {
        assert_eq!(LinearModel::from_bytes(b"SL"), Err(ModelError::Truncated));
        assert_eq!(
            LinearModel::from_bytes(b"XXXX\x01\0\0\0\0"),
            Err(ModelError::Magic)
        );
        let good = LinearModel::quantise(1, &[0.0], &[(5, vec![1.0])]).to_bytes();
        for n in 0..good.len() {
            assert!(LinearModel::from_bytes(&good[..n]).is_err());
        }
        let mut long = good.clone();
        long.push(0);
        assert!(LinearModel::from_bytes(&long).is_err());
        let mut old = good.clone();
        old[..4].copy_from_slice(b"SLM1");
        assert_eq!(LinearModel::from_bytes(&old), Err(ModelError::Version));
    }
}

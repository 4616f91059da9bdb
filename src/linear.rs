//! Linear models shipped as data: quantised weights over hashed [`features`](crate::features).
//!
//! A model has one or more outputs (a logit each). Weights are `i8` with one scale for the
//! model, so a score is an exact integer sum — the same natively and in WebAssembly — and a
//! model of a few thousand features is a few kilobytes. Probabilities use [`sigmoid`], built
//! from `+ − × ÷` only, so they too are the same on every platform.
//!
//! The byte format (little-endian): `b"SLM1"`, outputs (`u8`), scale (`f32`), biases
//! (`i32` × outputs), entry count (`u32`), then per entry the bucket's distance from the
//! previous one (LEB128) and its weights (`i8` × outputs), buckets ascending.

use thiserror::Error;

use crate::features::{Features, BUCKETS};

/// Why bytes are not a model.
#[derive(Debug, Error, PartialEq, Eq)]
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
        let mut buckets = Vec::with_capacity(self.buckets.len());
        let mut weights = Vec::with_capacity(self.weights.len());
        for (&bucket, ws) in self.buckets.iter().zip(self.weights.chunks(self.outputs)) {
            let rounded: Vec<i8> = ws.iter().map(|&w| round(w)).collect();
            if rounded.iter().any(|&w| w != 0) {
                buckets.push(bucket);
                weights.extend(rounded);
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
        let mut out = b"SLM1".to_vec();
        out.push(self.outputs as u8);
        out.extend(self.scale.to_le_bytes());
        for b in &self.bias {
            out.extend(b.to_le_bytes());
        }
        out.extend((self.buckets.len() as u32).to_le_bytes());
        let mut prev = 0;
        for (i, &b) in self.buckets.iter().enumerate() {
            leb128(&mut out, b - prev);
            prev = b;
            out.extend(
                self.weights[i * self.outputs..(i + 1) * self.outputs]
                    .iter()
                    .map(|&w| w as u8),
            );
        }
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
        if r.take(4)? != b"SLM1" {
            return Err(ModelError::Magic);
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
        let mut buckets = Vec::with_capacity(n);
        let mut weights = Vec::with_capacity(n * outputs);
        let mut prev = 0u32;
        for i in 0..n {
            let delta = r.leb128()?;
            if i > 0 && delta == 0 {
                return Err(ModelError::Corrupt("buckets not ascending"));
            }
            prev = prev
                .checked_add(delta)
                .filter(|&b| b < BUCKETS)
                .ok_or(ModelError::Corrupt("bucket out of range"))?;
            buckets.push(prev);
            weights.extend(r.take(outputs)?.iter().map(|&b| b as i8));
        }
        if r.at != bytes.len() {
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

    fn leb128(&mut self) -> Result<u32, ModelError> {
        let mut v: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            v |= u32::from(b & 0x7f)
                .checked_shl(shift)
                .ok_or(ModelError::Corrupt("varint"))?;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::Corrupt("varint too long"))
    }
}

fn leb128(out: &mut Vec<u8>, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
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

/// Probabilities from logits, portable (see [`exp`]).
pub fn softmax(logits: &[f64]) -> Vec<f64> {
    let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = logits.iter().map(|&l| exp(l - max)).collect();
    let sum: f64 = e.iter().sum();
    e.into_iter().map(|x| x / sum).collect()
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
        let p = softmax(&[1.0, 1.0, 1.0]);
        assert!(p.iter().all(|x| (x - 1.0 / 3.0).abs() < 1e-15));
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
    }
}

//! A recognized item, in token offsets, before it becomes a [`Number`].
//!
//! [`Number`]: frclaims_model::Number

use frclaims_model::{Dim, Grain, Value};

use crate::cx::Act;

/// One item over tokens `t0..t1` of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// First token.
    pub t0: usize,
    /// One past the last token.
    pub t1: usize,
    /// What it measures.
    pub dim: Dim,
    /// Normalized value.
    pub value: Value,
    /// Unit.
    pub unit: Option<String>,
    /// Approximate.
    pub approx: bool,
    /// Precision of a date or time.
    pub grain: Option<Grain>,
    /// The date of an act that it names ("la loi du 5 janvier 1990":
    /// [`crate::cx::Cx::act`]), set by the scan.
    pub act: Option<Act>,
}

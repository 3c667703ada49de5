//! Integration tests of the `frclaims` binary: one module per area.
//!
//! * `corpus`: the insta snapshot of `frclaims extract corpus/`, the
//!   regression run users rely on;
//! * `cli`: exit codes, error records, input formats, job counts;
//! * `fixtures`: the golden fixtures of `fixtures/`.

mod util;

mod cli;
mod corpus;
mod fixtures;

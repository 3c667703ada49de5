//! The Gregorian calendar facts the stages share.

/// Number of days of month `m` (1–12) of year `y`.
///
/// ```
/// assert_eq!(frclaims_model::month_len(2024, 2), 29);
/// assert_eq!(frclaims_model::month_len(1900, 2), 28);
/// ```
pub fn month_len(y: i32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// True when the date exists (`valid_date(2025, 2, 29)` does not).
pub fn valid_date(y: i32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= month_len(y, m)
}

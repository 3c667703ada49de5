//! Proleptic Gregorian calendar arithmetic on naive dates and times.

/// A naive date and time, second precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Dt {
    /// Year.
    pub y: i32,
    /// Month, 1-12.
    pub m: u32,
    /// Day, 1-31.
    pub d: u32,
    /// Hour, 0-23.
    pub h: u32,
    /// Minute.
    pub mi: u32,
    /// Second.
    pub s: u32,
}

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

/// The calendar facts of the model: days of a month, dates that exist.
pub use frclaims_model::{month_len, valid_date as valid};

impl Dt {
    /// Midnight of a date.
    pub fn date(y: i32, m: u32, d: u32) -> Dt {
        Dt {
            y,
            m,
            d,
            h: 0,
            mi: 0,
            s: 0,
        }
    }

    /// Days since 1970-01-01.
    pub fn days(&self) -> i64 {
        days_from_civil(self.y, self.m, self.d)
    }

    /// Day of the week, 1 = Monday … 7 = Sunday.
    pub fn weekday(&self) -> u32 {
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    /// The same time `n` days later (or earlier).
    pub fn add_days(&self, n: i64) -> Dt {
        let (y, m, d) = civil_from_days(self.days() + n);
        Dt { y, m, d, ..*self }
    }

    /// The same day `n` months later, clamped to the month's end.
    pub fn add_months(&self, n: i64) -> Dt {
        let idx = i64::from(self.y) * 12 + i64::from(self.m) - 1 + n;
        let y = idx.div_euclid(12) as i32;
        let m = (idx.rem_euclid(12) + 1) as u32;
        Dt {
            y,
            m,
            d: self.d.min(month_len(y, m)),
            ..*self
        }
    }

    /// Seconds since 1970-01-01T00:00:00.
    pub fn secs(&self) -> i64 {
        self.days() * 86_400
            + i64::from(self.h) * 3600
            + i64::from(self.mi) * 60
            + i64::from(self.s)
    }

    /// The time `n` seconds later.
    pub fn add_secs(&self, n: i64) -> Dt {
        let t = self.secs() + n;
        let (y, m, d) = civil_from_days(t.div_euclid(86_400));
        let r = t.rem_euclid(86_400);
        Dt {
            y,
            m,
            d,
            h: (r / 3600) as u32,
            mi: ((r % 3600) / 60) as u32,
            s: (r % 60) as u32,
        }
    }

    /// The date at midnight.
    pub fn midnight(&self) -> Dt {
        Dt::date(self.y, self.m, self.d)
    }

    /// The date at a time of day.
    pub fn at(&self, h: u32, mi: u32) -> Dt {
        Dt {
            h,
            mi,
            s: 0,
            ..self.midnight()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic() {
        assert_eq!(Dt::date(2013, 2, 12).weekday(), 2);
        assert_eq!(Dt::date(2026, 2, 11).weekday(), 3);
        assert_eq!(Dt::date(2013, 2, 28).add_days(1), Dt::date(2013, 3, 1));
        assert_eq!(Dt::date(2024, 1, 31).add_months(1), Dt::date(2024, 2, 29));
        assert_eq!(Dt::date(2013, 1, 15).add_months(-2), Dt::date(2012, 11, 15));
        assert_eq!(
            Dt::date(2013, 2, 12).at(4, 30).add_secs(-3600 * 5),
            Dt::date(2013, 2, 11).at(23, 30)
        );
        assert!(!valid(2025, 2, 29) && valid(2024, 2, 29));
    }
}

//! The Well-being CUSTOMER CENTER AWARD: centres ranked on their mean happiness within each size
//! category (大規模センター部門, 中・小規模センター部門), the top places honoured in tiers
//! (by default 最優秀賞 for places 1-3 and 優秀賞 for places 4-7).
//!
//! Ties: equal means share a rank and the next rank skips (1, 2, 2, 4). A tier and the honours
//! go by rank, so centres tied at a cut are all honoured: if places 7 and 8 tie, both share
//! rank 7 and both receive the award (eight honoured); nobody tied is dropped by name order.
//! Centres with too few respondents, too low a response rate or no happiness answer are not
//! ranked; they are listed with the reason.

use std::fmt;

use super::CentreFigures;
use crate::benchmark::SizeCategory;

/// One tier of honours and how many places it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tier {
    pub name: String,
    pub places: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AwardRules {
    /// In order, best first; the honoured places are the sum of their places.
    pub tiers: Vec<Tier>,
    pub min_respondents: u32,
    /// A percentage; 0 means no rule (and no headcount needed).
    pub min_response_rate: f64,
}

impl AwardRules {
    /// As published: 最優秀賞 3 places, 優秀賞 4 places; at least 10 respondents and a response
    /// rate of at least 50%.
    pub fn published() -> AwardRules {
        AwardRules {
            tiers: vec![
                Tier {
                    name: "最優秀賞".to_owned(),
                    places: 3,
                },
                Tier {
                    name: "優秀賞".to_owned(),
                    places: 4,
                },
            ],
            min_respondents: 10,
            min_response_rate: 50.0,
        }
    }

    /// Every centre ranked, the top seven marked, nobody excluded: the plain ranking.
    pub fn ranking() -> AwardRules {
        AwardRules {
            tiers: vec![Tier {
                name: "top 7".to_owned(),
                places: 7,
            }],
            min_respondents: 0,
            min_response_rate: 0.0,
        }
    }

    pub fn honoured_places(&self) -> u32 {
        self.tiers.iter().map(|tier| tier.places).sum()
    }

    /// The index of the tier a rank falls in, if any.
    pub fn tier_of(&self, rank: u32) -> Option<usize> {
        let mut last_place = 0;
        self.tiers.iter().position(|tier| {
            last_place += tier.places;
            rank <= last_place
        })
    }
}

/// Why a centre is not ranked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Exclusion {
    NoHappinessAnswer,
    TooFewRespondents { respondents: u32, minimum: u32 },
    NoHeadcount,
    LowResponseRate { rate: f64, minimum: f64 },
}

impl fmt::Display for Exclusion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Exclusion::NoHappinessAnswer => f.write_str("nobody answered the happiness question"),
            Exclusion::TooFewRespondents { respondents, minimum } => {
                write!(f, "{respondents} respondents, under the minimum of {minimum}")
            }
            Exclusion::NoHeadcount => f.write_str("no headcount in the centre profile, so no response rate"),
            Exclusion::LowResponseRate { rate, minimum } => {
                write!(f, "response rate {rate:.1}%, under the minimum of {minimum}%")
            }
        }
    }
}

/// Where a centre ends up.
#[derive(Debug, Clone, PartialEq)]
pub enum Placing {
    /// `tier` indexes [`AwardRules::tiers`]; `None` below the honoured places.
    Ranked {
        rank: u32,
        tier: Option<usize>,
    },
    Excluded(Exclusion),
}

#[derive(Debug, Clone, PartialEq)]
pub struct AwardRow {
    pub figures: CentreFigures,
    pub placing: Placing,
}

fn exclusion(centre: &CentreFigures, rules: &AwardRules) -> Option<Exclusion> {
    if centre.kgi_mean.is_none() {
        return Some(Exclusion::NoHappinessAnswer);
    }
    if centre.respondents < rules.min_respondents {
        return Some(Exclusion::TooFewRespondents {
            respondents: centre.respondents,
            minimum: rules.min_respondents,
        });
    }
    if rules.min_response_rate > 0.0 {
        let Some(rate) = centre.response_rate() else {
            return Some(Exclusion::NoHeadcount);
        };
        if rate < rules.min_response_rate {
            return Some(Exclusion::LowResponseRate {
                rate,
                minimum: rules.min_response_rate,
            });
        }
    }
    None
}

/// Per size category (large first): the ranked centres by rank (then name), then the excluded
/// ones by name.
pub fn award(centres: &[CentreFigures], rules: &AwardRules) -> Vec<AwardRow> {
    let mut rows = Vec::new();
    for size in SizeCategory::ALL {
        let (mut ranked, mut excluded): (Vec<&CentreFigures>, Vec<&CentreFigures>) = centres
            .iter()
            .filter(|centre| centre.size == size)
            .partition(|centre| exclusion(centre, rules).is_none());
        let mean = |centre: &CentreFigures| centre.kgi_mean.unwrap_or(f64::NEG_INFINITY);
        ranked.sort_by(|a, b| mean(b).total_cmp(&mean(a)).then(a.centre.cmp(&b.centre)));
        for (index, centre) in ranked.iter().enumerate() {
            let rank = 1 + ranked[..index]
                .iter()
                .filter(|other| mean(other) > mean(centre))
                .count() as u32;
            rows.push(AwardRow {
                figures: (*centre).clone(),
                placing: Placing::Ranked {
                    rank,
                    tier: rules.tier_of(rank),
                },
            });
        }
        excluded.sort_by(|a, b| a.centre.cmp(&b.centre));
        for centre in excluded {
            let why = exclusion(centre, rules).expect("partitioned as excluded");
            rows.push(AwardRow {
                figures: centre.clone(),
                placing: Placing::Excluded(why),
            });
        }
    }
    rows
}

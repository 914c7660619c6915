//! The priority quadrant's four areas, named for what to do with a factor in each.

use yorisoi_domain::Language;

pub struct QuadrantNames {
    /// A strong driver of happiness below the national mean.
    pub first: &'static str,
    /// A strong driver at or above the national mean.
    pub strength: &'static str,
    /// A weaker driver below the national mean.
    pub later: &'static str,
    /// A weaker driver at or above the national mean.
    pub maintain: &'static str,
    pub number: &'static str,
    pub quadrant: &'static str,
}

const JA: QuadrantNames = QuadrantNames {
    first: "最優先で改善（影響大・全国以下）",
    strength: "強みとして維持（影響大・全国以上）",
    later: "次に改善（影響小・全国以下）",
    maintain: "現状維持（影響小・全国以上）",
    number: "番号",
    quadrant: "区分",
};

const EN: QuadrantNames = QuadrantNames {
    first: "Improve first (strong driver, below national)",
    strength: "Keep as a strength (strong, above)",
    later: "Improve next (weaker driver, below)",
    maintain: "Maintain (weaker, above)",
    number: "No.",
    quadrant: "Quadrant",
};

pub fn quadrants(language: Language) -> &'static QuadrantNames {
    match language {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

//! The organiser's charts as SVG, for pasting into a slide: drawn with plotters' SVG backend
//! (text stays text, so the slide's fonts render the Japanese). Every name drawn has already been
//! made printable by the caller.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use yorisoi_domain::organiser::award::{AwardRow, AwardRules, Placing};
use yorisoi_domain::organiser::outcomes::{Regression, Turnover};
use yorisoi_domain::organiser::trend::YearFigures;
use yorisoi_domain::{Language, SizeCategory};

/// Fonts a Japanese slide has; the viewer picks the first it knows.
const FONT: &str = "Noto Sans CJK JP, Hiragino Sans, Yu Gothic, Meiryo, sans-serif";
const WIDTH: u32 = 960;
const HEIGHT: u32 = 540;
/// The tiers' colours, best first; a place below the honours is grey.
const TIER_COLOURS: [RGBColor; 3] = [
    RGBColor(201, 150, 30),
    RGBColor(46, 104, 173),
    RGBColor(90, 150, 110),
];
const HIGH: RGBColor = RGBColor(46, 104, 173);
const LOW: RGBColor = RGBColor(196, 78, 52);
const NATIONAL: RGBColor = RGBColor(110, 110, 110);

/// Why a chart could not be drawn: plotters' own error from its SVG backend.
#[derive(Debug)]
pub struct ChartError(DrawingAreaErrorKind<std::io::Error>);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.0)
    }
}

impl From<DrawingAreaErrorKind<std::io::Error>> for ChartError {
    fn from(error: DrawingAreaErrorKind<std::io::Error>) -> Self {
        ChartError(error)
    }
}

fn font(size: u32) -> FontDesc<'static> {
    (FONT, size).into_font()
}

/// The name of an award category, as the award names it.
pub fn category_name(size: SizeCategory) -> String {
    format!("{}部門", size.name(Language::Ja))
}

/// The award table: per category, the honoured centres as bars of their mean happiness, rank and
/// tier beside each name.
pub fn award(rows: &[AwardRow], rules: &AwardRules) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let root = root.titled("Well-being CUSTOMER CENTER AWARD — 幸福度（KGI）平均", font(22))?;
        let panels = root.split_evenly((1, 2));
        for (size, panel) in SizeCategory::ALL.into_iter().zip(panels.iter()) {
            let honoured: Vec<(String, f64, usize)> = rows
                .iter()
                .filter(|row| row.figures.size == size)
                .filter_map(|row| match row.placing {
                    Placing::Ranked {
                        rank,
                        tier: Some(tier),
                    } => Some((
                        format!("{rank}. {} {}", rules.tiers[tier].name, row.figures.centre),
                        row.figures.kgi_mean.unwrap_or(0.0),
                        tier,
                    )),
                    _ => None,
                })
                .collect();
            // Integer ranges are inclusive in plotters: 0..count - 1 is `count` segments.
            let count = honoured.len().max(1);
            let label = |value: &SegmentValue<usize>| match value {
                // Index 0 is drawn at the bottom: the first place goes on top.
                SegmentValue::CenterOf(index) if *index < honoured.len() => {
                    honoured[honoured.len() - 1 - index].0.clone()
                }
                _ => String::new(),
            };
            let mut chart = ChartBuilder::on(panel)
                .caption(category_name(size), font(18))
                .margin(12)
                .x_label_area_size(30)
                .y_label_area_size(210)
                .build_cartesian_2d(0f64..10f64, (0..count - 1).into_segmented())?;
            chart
                .configure_mesh()
                .disable_y_mesh()
                .y_labels(count)
                .y_label_formatter(&label)
                .x_desc("幸福度 / happiness (0-10)")
                .label_style(font(12))
                .axis_desc_style(font(12))
                .draw()?;
            chart.draw_series(honoured.iter().enumerate().map(|(position, (_, mean, tier))| {
                let index = honoured.len() - 1 - position;
                let colour = TIER_COLOURS[(*tier).min(TIER_COLOURS.len() - 1)];
                Rectangle::new(
                    [
                        (0.0, SegmentValue::Exact(index)),
                        (*mean, SegmentValue::Exact(index + 1)),
                    ],
                    colour.mix(0.85).filled(),
                )
            }))?;
            chart.draw_series(honoured.iter().enumerate().map(|(position, (_, mean, _))| {
                let index = honoured.len() - 1 - position;
                Text::new(
                    format!("{mean:.2}"),
                    (mean + 0.1, SegmentValue::CenterOf(index)),
                    font(12),
                )
            }))?;
        }
        root.present()?;
    }
    Ok(svg)
}

/// The two groups across years, with the national mean between them.
pub fn trend(years: &[YearFigures]) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let count = years.len().max(1);
        let year_label = |value: &SegmentValue<usize>| match value {
            SegmentValue::CenterOf(index) if *index < years.len() => years[*index].year.clone(),
            _ => String::new(),
        };
        let mut chart = ChartBuilder::on(&root)
            .caption("幸福度の推移：上位群と下位群（回答者加重平均）", font(22))
            .margin(16)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d((0..count - 1).into_segmented(), 0f64..10f64)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(count)
            .x_label_formatter(&year_label)
            .y_desc("幸福度 / happiness (0-10)")
            .label_style(font(14))
            .axis_desc_style(font(14))
            .draw()?;
        let values = |value: fn(&YearFigures) -> Option<f64>| -> Vec<Option<f64>> {
            years.iter().map(value).collect()
        };
        let series = [
            (
                "平均+1SD以上 / mean + 1 SD and above",
                HIGH,
                values(|year| year.high.map(|group| group.weighted_mean)),
            ),
            (
                "全国平均 / national mean",
                NATIONAL,
                values(|year| Some(year.national_mean)),
            ),
            (
                "平均−1SD以下 / mean − 1 SD and below",
                LOW,
                values(|year| year.low.map(|group| group.weighted_mean)),
            ),
        ];
        for (name, colour, values) in &series {
            let colour = *colour;
            let points: Vec<(SegmentValue<usize>, f64)> = values
                .iter()
                .enumerate()
                .filter_map(|(index, value)| value.map(|v| (SegmentValue::CenterOf(index), v)))
                .collect();
            chart
                .draw_series(LineSeries::new(points.clone(), colour.stroke_width(3)))?
                .label(*name)
                .legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], colour.stroke_width(3)));
            chart.draw_series(
                points
                    .iter()
                    .map(|point| Circle::new(point.clone(), 5, colour.filled())),
            )?;
            chart.draw_series(
                points
                    .iter()
                    .map(|(x, y)| Text::new(format!("{y:.2}"), (x.clone(), y + 0.35), font(14))),
            )?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::LowerRight)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK)
            .label_font(font(14))
            .draw()?;
        root.present()?;
    }
    Ok(svg)
}

/// Customer satisfaction against happiness, one dot per centre, with the fitted line.
pub fn satisfaction(points: &[(f64, f64)], fit: Option<&Regression>) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let (x_low, x_high) = padded_range(points.iter().map(|(x, _)| *x), 0.3, (0.0, 10.0));
        let (y_low, y_high) = padded_range(points.iter().map(|(_, y)| *y), 5.0, (0.0, 100.0));
        let caption = match fit {
            Some(fit) => format!(
                "顧客満足度と幸福度　R² = {:.2}, N = {}（y = {:.1} + {:.2}x）",
                fit.r_squared, fit.centres, fit.intercept, fit.slope
            ),
            None => "顧客満足度と幸福度（回帰には3センター以上が必要）".to_owned(),
        };
        let mut chart = ChartBuilder::on(&root)
            .caption(caption, font(20))
            .margin(16)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d(x_low..x_high, y_low..y_high)?;
        chart
            .configure_mesh()
            .x_desc("センターの幸福度平均 / centre mean happiness (0-10)")
            .y_desc("顧客満足度 / customer satisfaction (%)")
            .label_style(font(14))
            .axis_desc_style(font(14))
            .draw()?;
        chart.draw_series(
            points
                .iter()
                .map(|point| Circle::new(*point, 5, HIGH.mix(0.8).filled())),
        )?;
        if let Some(fit) = fit {
            let line = [x_low, x_high].map(|x| (x, fit.intercept + fit.slope * x));
            chart.draw_series(LineSeries::new(line, LOW.stroke_width(2)))?;
        }
        root.present()?;
    }
    Ok(svg)
}

/// Mean turnover of the centres below and at-or-above the mean happiness.
pub fn turnover(turnover: &Turnover) -> Result<String, ChartError> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)?;
        let bars = [
            ("幸福度が平均未満 / below the mean", turnover.below, LOW),
            ("幸福度が平均以上 / at or above the mean", turnover.above, HIGH),
        ];
        let top = bars
            .iter()
            .filter_map(|(_, group, _)| group.map(|g| g.mean))
            .fold(10.0_f64, f64::max)
            * 1.25;
        let label = |value: &SegmentValue<usize>| match value {
            SegmentValue::CenterOf(index) if *index < bars.len() => bars[*index].0.to_owned(),
            _ => String::new(),
        };
        let mut chart = ChartBuilder::on(&root)
            .caption(
                format!(
                    "離職率（年間）と幸福度　平均 {:.2} で分けたセンター別平均",
                    turnover.threshold
                ),
                font(20),
            )
            .margin(16)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d((0..bars.len() - 1).into_segmented(), 0f64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(bars.len())
            .x_label_formatter(&label)
            .y_desc("離職率 / turnover (%)")
            .label_style(font(14))
            .axis_desc_style(font(14))
            .draw()?;
        for (index, (_, group, colour)) in bars.iter().enumerate() {
            let Some(group) = group else { continue };
            chart.draw_series([Rectangle::new(
                [
                    (SegmentValue::Exact(index), 0.0),
                    (SegmentValue::Exact(index + 1), group.mean),
                ],
                colour.mix(0.85).filled(),
            )])?;
            chart.draw_series([Text::new(
                format!("{:.1}%（N = {}）", group.mean, group.centres),
                (SegmentValue::CenterOf(index), group.mean + top * 0.04),
                font(16),
            )])?;
        }
        root.present()?;
    }
    Ok(svg)
}

/// The values' range widened by `pad` on each side, within `limits`; the limits when empty.
fn padded_range(values: impl Iterator<Item = f64>, pad: f64, limits: (f64, f64)) -> (f64, f64) {
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), v| {
        (low.min(v), high.max(v))
    });
    if low > high {
        return limits;
    }
    ((low - pad).max(limits.0), (high + pad).min(limits.1))
}

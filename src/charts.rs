//! Chart mapping: the flash report's figures as charming charts, and drawing them with the
//! vendored ECharts (see `assets::load_echarts`). Every chart has a table beside it with the
//! same figures, for screen readers and for exact numbers.

use charming::component::{Axis, Grid, Legend, RadarCoordinate};
use charming::datatype::{CompositeValue, DataPoint};
use charming::element::font_settings::FontWeight;
use charming::element::ItemStyle;
use charming::element::{
    AxisType, Color, Label, LabelPosition, MarkLine, MarkLineData, MarkLineVariant, NameLocation, Symbol,
};
use charming::series::{Bar, Radar, Scatter};
use charming::{Chart, WasmRenderer};
use yorisoi_domain::report::FlashReport;
use yorisoi_domain::scoring::round_half_up;
use yorisoi_domain::Language;

/// Why charts are not shown; the tables beside them still hold every figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartError {
    /// The vendored ECharts did not load.
    NotLoaded,
    /// ECharts refused to draw the chart.
    NotDrawn,
}

use crate::i18n::report as text;

const CENTRE: &str = "#0b6e4f";
const MEDIAN: &str = "#9ca3af";
const TOP_QUARTILE: &str = "#d97706";

fn colours() -> Vec<Color> {
    [CENTRE, MEDIAN, TOP_QUARTILE]
        .into_iter()
        .map(Color::from)
        .collect()
}

fn one_decimal(value: Option<f64>) -> CompositeValue {
    value.map_or(CompositeValue::from("-"), |value| {
        CompositeValue::from(round_half_up(value, 1))
    })
}

/// The seven factors' favourable %: the centre against the national mean.
pub fn factor_radar(report: &FlashReport, language: Language) -> Chart {
    let words = text(language);
    let indicators: Vec<(&str, f64, f64)> = report
        .factors
        .iter()
        .map(|f| (f.factor.name(language), 0.0, 100.0))
        .collect();
    let centre: Vec<CompositeValue> = report
        .factors
        .iter()
        .map(|f| one_decimal(f.favourable_percent))
        .collect();
    let national: Vec<CompositeValue> = report
        .factors
        .iter()
        .map(|f| one_decimal(f.benchmark.map(|b| b.mean)))
        .collect();
    Chart::new()
        .animation(false)
        .color(vec![Color::from(CENTRE), Color::from(MEDIAN)])
        .legend(
            Legend::new()
                .bottom(0)
                .data(vec![words.this_centre, words.national_mean]),
        )
        .radar(RadarCoordinate::new().radius("62%").indicator(indicators))
        .series(Radar::new().data(vec![
            DataPoint::from((CompositeValue::from(centre), words.this_centre)),
            DataPoint::from((CompositeValue::from(national), words.national_mean)),
        ]))
}

/// Favourable % per factor, with the national median and the top quartile's threshold.
pub fn factor_bars(report: &FlashReport, language: Language) -> Chart {
    let words = text(language);
    let names: Vec<&str> = report
        .factors
        .iter()
        .rev()
        .map(|f| f.factor.name(language))
        .collect();
    let series = |name: &str, values: Vec<CompositeValue>, labelled: bool| {
        let bar = Bar::new().name(name).data(values);
        if labelled {
            bar.label(Label::new().show(true).position(LabelPosition::Right))
        } else {
            bar
        }
    };
    let pick = |get: &dyn Fn(&yorisoi_domain::report::FactorFigures) -> Option<f64>| -> Vec<CompositeValue> {
        report.factors.iter().rev().map(|f| one_decimal(get(f))).collect()
    };
    Chart::new()
        .animation(false)
        .color(colours())
        .legend(Legend::new().bottom(0))
        .grid(Grid::new().left(150).right(40).top(10).bottom(60))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(words.favourable_axis)
                .name_location(NameLocation::Center)
                .name_gap(24)
                .min(0)
                .max(100),
        )
        .y_axis(Axis::new().type_(AxisType::Category).data(names))
        .series(series(words.this_centre, pick(&|f| f.favourable_percent), true))
        .series(series(
            words.median,
            pick(&|f| f.benchmark.map(|b| b.median)),
            false,
        ))
        .series(series(
            words.top_quartile,
            pick(&|f| f.benchmark.map(|b| b.p75)),
            false,
        ))
}

/// How many respondents gave each happiness score.
pub fn kgi_distribution(report: &FlashReport, language: Language) -> Chart {
    let words = text(language);
    let distribution = report
        .kgi
        .as_ref()
        .map(|kgi| kgi.distribution.clone())
        .unwrap_or_default();
    Chart::new()
        .animation(false)
        .color(vec![Color::from(CENTRE)])
        .grid(Grid::new().left(48).right(20).top(30).bottom(44))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .name(words.score)
                .name_location(NameLocation::Center)
                .name_gap(26)
                .data(distribution.iter().map(|(value, _)| value.to_string()).collect()),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(words.people_count)
                .name_location(NameLocation::End)
                .min_interval(1),
        )
        .series(
            Bar::new()
                .name(words.people)
                .label(Label::new().show(true).position(LabelPosition::Top))
                .data(distribution.iter().map(|(_, count)| i64::from(*count)).collect()),
        )
}

/// Draws `chart` into the (new, empty) element `id`.
pub fn draw(id: &str, chart: &Chart, (width, height): (u32, u32)) -> Result<(), ChartError> {
    WasmRenderer::new(width, height)
        .render(id, chart)
        .map(|_| ())
        .map_err(|_| ChartError::NotDrawn)
}

/// The priorities quadrant: each factor's gap to the national mean (x) against its impact on
/// happiness (y), split at no gap and at the median impact into four named quadrants. Points
/// carry their number in the table beside the chart, so that no two long names overlap.
pub fn priority_quadrant(points: &[(String, f64, f64)], median_impact: f64, language: Language) -> Chart {
    let words = crate::i18n::pages(language);
    let quadrants = crate::i18n::quadrants(language);
    // Symmetric about no gap, in steps of 5 points, with room for the labels.
    let widest = points.iter().map(|(_, gap, _)| gap.abs()).fold(0.0, f64::max);
    let bound = ((widest / 5.0).ceil() * 5.0 + 5.0).max(10.0);
    let (top, bottom) = (1.0, -0.2);
    let corner = |x: f64, y: f64, name: &str| {
        DataPoint::from((
            CompositeValue::from(vec![CompositeValue::from(x), CompositeValue::from(y)]),
            name,
        ))
    };
    let names = |position: LabelPosition, data: Vec<DataPoint>| {
        // A transparent point carries each name: ECharts draws no label for a symbol of "none",
        // and an item's opacity is its label's too.
        Scatter::new()
            .symbol_size(1)
            .item_style(ItemStyle::new().color("rgba(0,0,0,0)").opacity(1))
            .label(
                Label::new()
                    .show(true)
                    .position(position)
                    .formatter("{b}")
                    .color("#4b5563"),
            )
            .data(data)
    };
    let split = |data: MarkLineData| {
        MarkLine::new()
            .silent(true)
            .symbol(vec![Symbol::None, Symbol::None])
            .label(Label::new().show(false))
            .data(vec![MarkLineVariant::Simple(data)])
    };
    Chart::new()
        .animation(false)
        .color(vec![
            Color::from(CENTRE),
            Color::from(MEDIAN),
            Color::from(MEDIAN),
        ])
        .grid(Grid::new().left(64).right(24).top(16).bottom(52))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(words.gap)
                .name_location(NameLocation::Center)
                .name_gap(30)
                .min(-bound)
                .max(bound),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(words.impact)
                .name_location(NameLocation::Center)
                .name_rotation(90)
                .name_gap(40)
                .min(bottom)
                .max(top),
        )
        .series(
            Scatter::new()
                .symbol_size(16)
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Inside)
                        .formatter("{b}")
                        .color("#ffffff")
                        .font_weight(FontWeight::Bold),
                )
                .mark_line(split(MarkLineData::new().x_axis(0)))
                .data(
                    points
                        .iter()
                        .enumerate()
                        .map(|(index, (_, gap, impact))| {
                            DataPoint::from((
                                CompositeValue::from(vec![
                                    CompositeValue::from(round_half_up(*gap, 1)),
                                    CompositeValue::from(round_half_up(*impact, 2)),
                                ]),
                                (index + 1).to_string().as_str(),
                            ))
                        })
                        .collect::<Vec<DataPoint>>(),
                ),
        )
        .series(
            names(
                LabelPosition::Right,
                vec![
                    corner(-bound, top - 0.04, quadrants.first),
                    corner(-bound, bottom + 0.04, quadrants.later),
                ],
            )
            .mark_line(split(MarkLineData::new().y_axis(round_half_up(median_impact, 2)))),
        )
        .series(names(
            LabelPosition::Left,
            vec![
                corner(bound, top - 0.04, quadrants.strength),
                corner(bound, bottom + 0.04, quadrants.maintain),
            ],
        ))
}

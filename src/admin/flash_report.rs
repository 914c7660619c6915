//! The flash report (結果速報): the centre's results against the national benchmark, on one
//! screen and one printed A4 page. Scored on the device from the responses stored here.

use leptos::prelude::*;
use yorisoi_domain::change::FactorChange;
use yorisoi_domain::records::survey_period;
use yorisoi_domain::release::ReleaseError;
use yorisoi_domain::report::{FlashReport, Standings, TooFewRespondents};
use yorisoi_domain::result_list::format_difference;
use yorisoi_domain::scoring::{format_mean, format_percent};
use yorisoi_domain::{Scores, Share};

use super::benchmark_note::BenchmarkNote;
use super::report_header::ReportHeader;
use super::too_few::TooFew;
use crate::admin::context::Admin;
use crate::assets;
use crate::charts::{self, ChartError};
use crate::i18n::load_errors::chart_error;
use crate::i18n::report as text;
use crate::perf;
use crate::results::{baseline, whole_centre, AdminData};

const RADAR: (&str, (u32, u32)) = ("chart-radar", (440, 300));
const FACTOR_BARS: (&str, (u32, u32)) = ("chart-factors", (440, 300));
const KGI_BARS: (&str, (u32, u32)) = ("chart-kgi", (900, 200));

/// Scores every response on this admin, timed as `yorisoi:scoring` for the benchmark script.
fn score_responses(admin: Admin) -> Result<Scores, ReleaseError> {
    perf::mark("yorisoi:scoring-start");
    let scores = whole_centre(admin).map(|whole| whole.scores);
    perf::measure("yorisoi:scoring", "yorisoi:scoring-start");
    scores
}

#[component]
pub fn FlashReportPage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    // Only the report's own entries: the unlock's marks stay for the benchmark.
    perf::forget(&[
        "yorisoi:report-open",
        "yorisoi:scoring-start",
        "yorisoi:report",
        "yorisoi:scoring",
    ]);
    perf::mark("yorisoi:report-open");
    let language = admin.language;
    let words = move || text(language.get());
    // Scored again whenever responses arrive: the inbox pulled at unlock often lands after
    // this page opened.
    let scores = Memo::new(move |_| {
        admin.responses.track();
        score_responses(admin)
    });

    let benchmark = expect_context::<AdminData>().benchmark;
    let baseline_now = baseline(admin);
    let echarts = LocalResource::new(assets::load_echarts);
    let snapshot = move || benchmark.get().and_then(Result::ok);
    let report = Memo::new(move |_| {
        let settings = admin.settings.get();
        scores.with(|scores| {
            let scores = scores.as_ref().map_err(|error| *error)?;
            FlashReport::build(
                scores,
                snapshot().as_ref(),
                admin.profile.with(|profile| profile.size),
                settings.min_respondents(),
            )
            .map_err(
                |TooFewRespondents { respondents, minimum }| ReleaseError::TooFew { respondents, minimum },
            )
        })
    });
    let survey = admin.survey.get_value();
    let factor_changes = move || -> Option<Vec<FactorChange>> {
        let base = baseline_now.as_ref()?;
        scores.with(|scores| {
            scores
                .as_ref()
                .ok()
                .map(|scores| base.factor_changes(&survey, scores))
        })
    };

    view! {
        <section class="flash-report" aria-labelledby="report-title">
            <ReportHeader title_id="report-title" title=Signal::derive(move || words().title) />
            <BenchmarkNote />
            {move || match report.get() {
                Err(error) => view! { <TooFew error /> }.into_any(),
                Ok(report) => view! {
                    <ReportBody report echarts=Signal::derive(move || echarts.get()) changes=factor_changes() />
                }.into_any(),
            }}
        </section>
    }
}

/// A day on the device's calendar, written the one way the reports write dates.
fn day(date: &js_sys::Date) -> String {
    format!(
        "{}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

fn percent(share: Option<Share>) -> String {
    share
        .and_then(Share::percent)
        .map_or("–".to_owned(), |p| format!("{}%", format_percent(p)))
}

fn rank(standings: &Standings, in_size: bool) -> String {
    let standing = if in_size {
        standings.in_size
    } else {
        standings.overall
    };
    standing.map_or("–".to_owned(), |s| format!("{} / {}", s.rank, s.of))
}

#[component]
fn ReportBody(
    report: FlashReport,
    echarts: Signal<Option<Result<(), ChartError>>>,
    /// Each factor's change since the baseline, when the administrator loaded one.
    changes: Option<Vec<FactorChange>>,
) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let language = admin.language.get_untracked();
    let words = text(language);
    let survey = admin.survey.get_value();
    let item_text = move |id: &str| {
        survey
            .item(id)
            .map_or(id.to_owned(), |item| item.text.get(language).to_owned())
    };

    let chart_problem = RwSignal::new(None::<String>);
    let drawn_report = report.clone();
    Effect::new(move |_| match echarts.get() {
        Some(Ok(())) => {
            let report = drawn_report.clone();
            request_animation_frame(move || {
                let drawn = [
                    (RADAR, charts::factor_radar(&report, language)),
                    (FACTOR_BARS, charts::factor_bars(&report, language)),
                    (KGI_BARS, charts::kgi_distribution(&report, language)),
                ]
                .iter()
                .try_for_each(|((id, size), chart)| charts::draw(id, chart, *size));
                match drawn {
                    Ok(()) => {
                        perf::mark(&format!("yorisoi:charts-drawn {}", report.respondents));
                        perf::measure("yorisoi:report", "yorisoi:report-open");
                    }
                    Err(error) => chart_problem.set(Some(chart_error(error, language))),
                }
            });
        }
        Some(Err(error)) => chart_problem.set(Some(chart_error(error, language))),
        None => {}
    });

    let kgi = report.kgi.clone();
    let kgi_mean = kgi.as_ref().and_then(|k| k.mean);
    let standings = kgi.as_ref().map(|k| k.standings);
    let overall = standings.and_then(|s| s.overall);
    let headline = view! {
        <div class="headline">
            <div class="figure">
                <span class="label">{words.respondents}</span>
                <span class="value" id="respondents">{report.respondents}</span>
            </div>
            <div class="figure kgi">
                <span class="label">{words.kgi} " · " {words.kgi_mean}</span>
                <span class="value" id="kgi-mean">{kgi_mean.map_or("–".to_owned(), format_mean)}</span>
                <span class="sub">
                    {words.national_mean} " "
                    <span id="kgi-national-mean">{overall.map_or("–".to_owned(), |s| format_mean(s.summary.mean))}</span>
                    " (" {overall.map_or(String::new(), |s| format!("{:+.2}", s.difference))} ")"
                </span>
            </div>
            <div class="figure">
                <span class="label">{words.rank_overall}</span>
                <span class="value" id="kgi-rank">{standings.as_ref().map_or("–".to_owned(), |s| rank(s, false))}</span>
                <span class="sub">
                    {words.percentile} " " <span id="kgi-percentile">{overall.map_or("–".to_owned(), |s| format_percent(s.percentile))}</span>
                    " · " {words.deviation} " " {overall.map_or("–".to_owned(), |s| format!("{:.1}", s.deviation))}
                </span>
            </div>
            <div class="figure">
                <span class="label">{words.rank_in_size} " (" {report.size.name(language)} ")"</span>
                <span class="value" id="kgi-rank-size">{standings.as_ref().map_or("–".to_owned(), |s| rank(s, true))}</span>
                <span class="sub">{words.kgi_favourable} " " {percent(kgi.as_ref().and_then(|k| k.favourable))}</span>
            </div>
        </div>
    };

    let profile = admin.profile.get_untracked();
    let rate = profile.response_rate(report.respondents).and_then(|rate| {
        Some(format!(
            "{}% ({} / {})",
            format_percent(rate.percent()?),
            rate.count,
            rate.of
        ))
    });
    let today = day(&js_sys::Date::new_0());
    // From the first to the last response this screen opened, by day only.
    let period = survey_period(&admin.employee_responses()).map(|(first, last)| {
        let at = |ms: u64| day(&js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)));
        format!("{}{}{}", at(first), words.period_to, at(last))
    });
    let meta = view! {
        <p class="report-meta">
            {(!profile.name.is_empty()).then(|| view! { <strong id="centre-name">{profile.name.clone()}</strong> " · " })}
            {period.map(|period| view! { {words.survey_period} " " <span id="survey-period">{period}</span> " · " })}
            {words.made_on} " " {today} " · " {words.respondents} " " {report.respondents}
            " · " {words.response_rate} " " <span id="response-rate">{rate.unwrap_or_else(|| words.rate_unknown.to_owned())}</span>
        </p>
    };

    let kgi_table = kgi.as_ref().map(|kgi| {
        let scores = kgi
            .distribution
            .iter()
            .map(|(value, _)| view! { <th scope="col">{*value}</th> })
            .collect_view();
        let counts = kgi
            .distribution
            .iter()
            .map(|(_, count)| view! { <td>{*count}</td> })
            .collect_view();
        view! {
            <table class="kgi-table">
                <tr><th scope="row">{words.score}</th>{scores}</tr>
                <tr><th scope="row">{words.people_count}</th>{counts}</tr>
            </table>
        }
    });

    let has_baseline = changes.is_some();
    let factor_rows = report
        .factors
        .iter()
        .map(|factor| {
            let benchmark = factor.benchmark;
            let show = |value: Option<f64>| value.map_or("–".to_owned(), format_percent);
            view! {
                <tr data-factor=factor.factor.id()>
                    <th scope="row">{factor.factor.name(language)}</th>
                    <td class="favourable">{show(factor.favourable_percent)}</td>
                    <td class="mean-score">{factor.mean_score.map_or("–".to_owned(), format_mean)}</td>
                    <td class="national-mean">{show(benchmark.map(|b| b.mean))}</td>
                    <td class="median">{show(benchmark.map(|b| b.median))}</td>
                    <td class="top-quartile">{show(benchmark.map(|b| b.p75))}</td>
                    <td class="rank">{rank(&factor.standings, false)}</td>
                    {changes.as_ref().map(|changes| {
                        let change = changes.iter().find(|change| change.factor == factor.factor);
                        view! { <td class="change">{change.map_or("–".to_owned(), |c| format_difference(c.points))}</td> }
                    })}
                </tr>
            }
        })
        .collect_view();

    let comparison_rows = |items: &[yorisoi_domain::report::ItemComparison]| {
        items
            .iter()
            .map(|item| {
                view! {
                    <tr data-item=item.item_id.clone()>
                        <th scope="row">{item_text(&item.item_id)}</th>
                        <td>{format_percent(item.favourable_percent)}</td>
                        <td>{format_percent(item.benchmark_mean)}</td>
                        <td>{format!("{:+.1}", yorisoi_domain::scoring::round_half_up(item.difference, 1))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let comparison_head = view! {
        <thead>
            <tr>
                <th scope="col">{words.item}</th>
                <th scope="col">{words.favourable} " %"</th>
                <th scope="col">{words.national_mean} " %"</th>
                <th scope="col">{words.difference}</th>
            </tr>
        </thead>
    };
    let strongest = comparison_rows(&report.strongest);
    let weakest = comparison_rows(&report.weakest);

    view! {
        {meta}
        {headline}
        <p class="chart-problem" role="alert">{move || chart_problem.get()}</p>
        <div class="report-grid">
            <figure class="chart">
                <figcaption>{words.factors} " · " {words.this_centre} " / " {words.national_mean}</figcaption>
                <div id=RADAR.0 class="chart-area" role="img" aria-label=words.factors></div>
            </figure>
            <figure class="chart">
                <figcaption>{words.factors} " · " {words.median} " / " {words.top_quartile}</figcaption>
                <div id=FACTOR_BARS.0 class="chart-area" role="img" aria-label=words.factors></div>
            </figure>
        </div>
        <table class="factor-table">
            <thead>
                <tr>
                    <th scope="col">{words.factor}</th>
                    <th scope="col">{words.favourable} " %"</th>
                    <th scope="col">{words.mean_score}</th>
                    <th scope="col">{words.national_mean} " %"</th>
                    <th scope="col">{words.median} " %"</th>
                    <th scope="col">{words.top_quartile} " %"</th>
                    <th scope="col">{words.rank_overall}</th>
                    {has_baseline.then(|| view! { <th scope="col">{crate::i18n::data(language).change}</th> })}
                </tr>
            </thead>
            <tbody>{factor_rows}</tbody>
        </table>
        <figure class="chart wide">
            <figcaption>{words.kgi_distribution}</figcaption>
            <div id=KGI_BARS.0 class="chart-area" role="img" aria-label=words.kgi_distribution></div>
            {kgi_table}
        </figure>
        <div class="report-grid">
            <table class="items-table strongest">
                <caption>{words.strongest}</caption>
                {comparison_head.clone()}
                <tbody>{strongest}</tbody>
            </table>
            <table class="items-table weakest">
                <caption>{words.weakest}</caption>
                {comparison_head}
                <tbody>{weakest}</tbody>
            </table>
        </div>
    }
}

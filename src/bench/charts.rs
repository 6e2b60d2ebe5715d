//! Two-panel bar charts (SVG and PNG) of median epoch runtimes, drawn with `plotters`.
//!
//! The layout is computed here (no `ChartBuilder`), so SVG output never needs a
//! font. PNG text is laid out and rasterised here glyph by glyph with `ab_glyph`
//! (`draw_glyphs`) in the embedded DejaVu Sans ([`chart_font`]).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, ScaleFont, point};
use anyhow::{Result, anyhow};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::report::{RunResult, format_significant, median};

/// Chart size in pixels (the paper's figsize (11, 5) at 100 dpi).
pub const CHART_SIZE: (u32, u32) = (1100, 500);
/// Batch sizes drawn as hues, in legend order; runs with other batch sizes are not drawn.
pub const BATCH_SIZES: [usize; 5] = [16, 32, 64, 128, 256];
/// Seaborn's "muted" palette, one colour per entry of [`BATCH_SIZES`].
const COLOURS: [RGBColor; 5] = [
    RGBColor(0x48, 0x78, 0xD0),
    RGBColor(0xEE, 0x85, 0x4A),
    RGBColor(0x6A, 0xCC, 0x64),
    RGBColor(0xD6, 0x5F, 0x5F),
    RGBColor(0x95, 0x6C, 0xB4),
];
/// Environment variable naming a TTF to use instead of the embedded DejaVu Sans.
pub const FONT_ENV: &str = "DPGPU_REPORT_FONT";
const LEFT: i32 = 72;
const RIGHT: i32 = 110;
const TOP: i32 = 30;
const BOTTOM: i32 = 36;

/// File stem and human-readable title of the chart for `experiment`.
pub fn chart_stem_and_title(experiment: &str) -> (String, String) {
    let (stem, title) = match experiment {
        "logreg" => ("logistic_runtimes", "Logistic Regression"),
        "ffnn" => ("ffnn_runtimes", "Fully Connected Neural Network (FCNN)"),
        "mnist" => ("cnn_runtimes", "MNIST Convolutional Neural Network"),
        "cifar10" => ("cifar10_cnn_runtimes", "CIFAR10 Convolutional Neural Network"),
        "embed" => ("embed_runtimes", "Embedding Network"),
        "lstm" => ("lstm_runtimes", "LSTM Network"),
        other => return (format!("{other}_runtimes"), other.to_string()),
    };
    (stem.to_string(), title.to_string())
}

/// The TTF for text in PNG charts: DejaVu Sans, embedded in the binary (the `dejavu` crate),
/// so every machine draws the same text; `$DPGPU_REPORT_FONT` names another TTF (a warning,
/// and the embedded font, when it does not load).
pub fn chart_font() -> &'static FontRef<'static> {
    static LOADED: OnceLock<FontRef<'static>> = OnceLock::new();
    LOADED.get_or_init(|| {
        let embedded =
            || FontRef::try_from_slice(dejavu::sans::regular()).expect("the embedded DejaVu Sans parses");
        let Ok(path) = std::env::var(FONT_ENV) else { return embedded() };
        // FontRef borrows its bytes; this happens at most once per process.
        match std::fs::read(&path).map(|b| FontRef::try_from_slice(Box::leak(b.into_boxed_slice()))) {
            Ok(Ok(font)) => font,
            _ => {
                log::warn!("{FONT_ENV}={path} is not a readable TTF; using the embedded DejaVu Sans");
                embedded()
            }
        }
    })
}

/// How a chart's text is drawn: by the SVG viewer (`<text>` elements) or by [`draw_glyphs`]
/// with [`chart_font`] (PNG).
#[derive(Clone, Copy)]
enum TextMode {
    Svg,
    Glyphs(&'static FontRef<'static>),
}

enum Cell {
    Empty,
    Bar(f64),
    Failed(&'static str),
}

struct Panel {
    title: String,
    categories: Vec<(String, [Cell; 5])>,
}

/// One panel: x = run label (first-seen order of `runs`), hue = batch size.
/// Duplicate runs of one bar are combined by the median of their medians.
fn build_panel(title: String, runs: &[&RunResult]) -> Panel {
    let mut order: Vec<String> = Vec::new();
    let mut values: BTreeMap<(String, usize), Vec<f64>> = BTreeMap::new();
    let mut failed: BTreeMap<(String, usize), &'static str> = BTreeMap::new();
    for run in runs {
        let Some(j) = BATCH_SIZES.iter().position(|&b| b == run.batch_size) else {
            continue;
        };
        let label = run.label();
        if !order.contains(&label) {
            order.push(label.clone());
        }
        match run.median_epoch_seconds() {
            Some(m) if run.status == "ok" => values.entry((label, j)).or_default().push(m),
            _ if run.status != "ok" => {
                let mark = match run.status.as_str() {
                    "oom" => "oom",
                    "unsupported" => "n/a",
                    _ => "fail",
                };
                failed.entry((label, j)).or_insert(mark);
            }
            _ => {}
        }
    }
    let categories = order
        .into_iter()
        .map(|label| {
            let cells = std::array::from_fn(|j| {
                let key = (label.clone(), j);
                match (values.get(&key).and_then(|v| median(v)), failed.get(&key)) {
                    (Some(m), _) => Cell::Bar(m),
                    (None, Some(mark)) => Cell::Failed(mark),
                    (None, None) => Cell::Empty,
                }
            });
            (label, cells)
        })
        .filter(|(_, cells)| cells.iter().any(|c| !matches!(c, Cell::Empty)))
        .collect();
    Panel { title, categories }
}

fn build_panels(title: &str, runs: &[&RunResult]) -> [Panel; 2] {
    let (private, public): (Vec<&RunResult>, Vec<&RunResult>) = runs.iter().copied().partition(|r| r.private);
    [
        build_panel(format!("Median Runtime for One Private Epoch – {title}"), &private),
        build_panel(format!("Median Runtime for One Non-Private Epoch – {title}"), &public),
    ]
}

/// Renders the chart of one experiment's runs (sorted for display) as an SVG document.
pub fn render_svg(title: &str, runs: &[&RunResult]) -> Result<String> {
    let panels = build_panels(title, runs);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, CHART_SIZE).into_drawing_area();
        draw_figure(&root, &panels, TextMode::Svg).map_err(|e| anyhow!("drawing SVG chart: {e}"))?;
        root.present().map_err(|e| anyhow!("finishing SVG chart: {e}"))?;
    }
    Ok(svg)
}

/// Renders the chart of one experiment's runs as a PNG file at `path` (extension `.png`).
pub fn render_png(title: &str, runs: &[&RunResult], path: &Path) -> Result<()> {
    let text = TextMode::Glyphs(chart_font());
    let panels = build_panels(title, runs);
    let root = BitMapBackend::new(path, CHART_SIZE).into_drawing_area();
    draw_figure(&root, &panels, text).map_err(|e| anyhow!("drawing PNG chart: {e}"))?;
    root.present().map_err(|e| anyhow!("writing {}: {e}", path.display()))
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn draw_figure<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    panels: &[Panel; 2],
    text: TextMode,
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let (top, bottom) = root.split_vertically(CHART_SIZE.1 / 2);
    draw_panel(&top, &panels[0], text)?;
    draw_panel(&bottom, &panels[1], text)
}

#[allow(clippy::too_many_arguments)]
fn put_text<DB: DrawingBackend>(
    text: TextMode,
    area: &DrawingArea<DB, Shift>,
    s: &str,
    pos: (i32, i32),
    size: f64,
    h: HPos,
    v: VPos,
    rotate: bool,
    colour: &RGBColor,
) -> DrawResult<DB> {
    match text {
        TextMode::Glyphs(font) => draw_glyphs(area, font, s, pos, size as f32, (h, v), rotate, colour),
        TextMode::Svg => {
            let mut style =
                TextStyle::from((FontFamily::SansSerif, size).into_font()).color(colour).pos(Pos::new(h, v));
            if rotate {
                style = style.transform(FontTransform::Rotate270);
            }
            area.draw(&Text::new(s.to_string(), pos, style))
        }
    }
}

/// Rasterises `s` at `size` pixels, anchored at `pos` by `(h, v)`, turned to read bottom to top
/// when `rotate`. Each glyph's outline is placed at the pen position plus its own bounds'
/// offset (its side bearing) and the pen advances by the font's advance and kerning, so the
/// letters keep the font's spacing; coverage is drawn as alpha.
#[allow(clippy::too_many_arguments)]
fn draw_glyphs<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    font: &FontRef<'static>,
    s: &str,
    pos: (i32, i32),
    size: f32,
    (h, v): (HPos, VPos),
    rotate: bool,
    colour: &RGBColor,
) -> DrawResult<DB> {
    let scaled = font.as_scaled(size);
    let (mut pen, mut prev, mut glyphs) = (0f32, None, Vec::new());
    for c in s.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = prev {
            pen += scaled.kern(p, id);
        }
        glyphs.push(id.with_scale_and_position(size, point(pen, scaled.ascent())));
        pen += scaled.h_advance(id);
        prev = Some(id);
    }
    let height = scaled.ascent() - scaled.descent();
    let dx = match h {
        HPos::Left => 0.0,
        HPos::Center => -pen / 2.0,
        HPos::Right => -pen,
    };
    let dy = match v {
        VPos::Top => 0.0,
        VPos::Center => -height / 2.0,
        VPos::Bottom => -height,
    };
    let mut pixels = Vec::new();
    for glyph in glyphs {
        let Some(outline) = font.outline_glyph(glyph) else { continue };
        let bounds = outline.px_bounds();
        outline.draw(|x, y, coverage| {
            let (gx, gy) = (
                (bounds.min.x + x as f32 + dx).round() as i32,
                (bounds.min.y + y as f32 + dy).round() as i32,
            );
            let at = if rotate { (pos.0 + gy, pos.1 - gx) } else { (pos.0 + gx, pos.1 + gy) };
            pixels.push((at, coverage));
        });
    }
    for (at, coverage) in pixels.into_iter().filter(|p| p.1 > 0.0) {
        area.draw_pixel(at, &colour.mix(f64::from(coverage.min(1.0))))?;
    }
    Ok(())
}

/// Value label above a bar; vertical if it is wider than the bar.
fn annotate<DB: DrawingBackend>(
    text: TextMode,
    area: &DrawingArea<DB, Shift>,
    s: &str,
    (x, y): (i32, i32),
    bar_width: f64,
    colour: &RGBColor,
) -> DrawResult<DB> {
    let width = s.chars().count() as f64 * 0.6 * 11.0;
    if width <= bar_width + 4.0 {
        put_text(text, area, s, (x, y), 11.0, HPos::Center, VPos::Bottom, false, colour)
    } else {
        put_text(text, area, s, (x, y), 11.0, HPos::Left, VPos::Center, true, colour)
    }
}

fn nice_step(raw: f64) -> f64 {
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().find(|s| *s >= norm - 1e-9).unwrap_or(10.0) * mag
}

fn format_tick(v: f64, step: f64) -> String {
    let decimals = (0..8)
        .find(|&d| {
            let scaled = step * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0)
        })
        .unwrap_or(8) as usize;
    format!("{v:.decimals$}")
}

/// Splits a long label at the space closest to its middle.
fn wrap_label(label: &str, max_px: f64) -> Vec<String> {
    if label.chars().count() as f64 * 0.6 * 13.0 <= max_px {
        return vec![label.to_string()];
    }
    let mid = label.len() / 2;
    match label.match_indices(' ').map(|(i, _)| i).min_by_key(|i| i.abs_diff(mid)) {
        Some(i) => vec![label[..i].to_string(), label[i + 1..].to_string()],
        None => vec![label.to_string()],
    }
}

fn draw_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    panel: &Panel,
    text: TextMode,
) -> DrawResult<DB> {
    let (w, h) = area.dim_in_pixel();
    let (x0, x1, y0, y1) = (LEFT, w as i32 - RIGHT, TOP, h as i32 - BOTTOM);
    let (black, grey, grid) = (BLACK, RGBColor(0x44, 0x44, 0x44), RGBColor(0xDD, 0xDD, 0xDD));
    let max = panel
        .categories
        .iter()
        .flat_map(|(_, cells)| cells.iter())
        .filter_map(|c| if let Cell::Bar(v) = c { Some(*v) } else { None })
        .fold(0.0, f64::max);
    let ymax = if max > 0.0 { max * 1.15 } else { 1.0 };
    let py = |v: f64| y1 - (v / ymax * f64::from(y1 - y0)).round() as i32;

    let step = nice_step(ymax / 5.0);
    let mut k = 0;
    while k as f64 * step <= ymax * (1.0 + 1e-9) {
        let v = k as f64 * step;
        area.draw(&PathElement::new(vec![(x0, py(v)), (x1, py(v))], grid))?;
        let tick = format_tick(v, step);
        put_text(text, area, &tick, (x0 - 6, py(v)), 12.0, HPos::Right, VPos::Center, false, &grey)?;
        k += 1;
    }
    area.draw(&PathElement::new(vec![(x0, y0), (x0, y1), (x1, y1)], black))?;
    let (cx, cy) = ((x0 + x1) / 2, (y0 + y1) / 2);
    put_text(text, area, &panel.title, (cx, 6), 17.0, HPos::Center, VPos::Top, false, &black)?;
    let ylabel = "Median Runtime (sec)";
    put_text(text, area, ylabel, (14, cy), 13.0, HPos::Center, VPos::Center, true, &black)?;
    if panel.categories.is_empty() {
        put_text(text, area, "no data", (cx, cy), 14.0, HPos::Center, VPos::Center, false, &grey)?;
    }

    let n = panel.categories.len().max(1) as f64;
    let cw = f64::from(x1 - x0) / n;
    let bw = cw * 0.8 / BATCH_SIZES.len() as f64;
    let fail = RGBColor(0xB0, 0x20, 0x20);
    for (c, (label, cells)) in panel.categories.iter().enumerate() {
        let cx = f64::from(x0) + cw * (c as f64 + 0.5);
        let lines = wrap_label(label, cw - 4.0);
        let size = if lines.len() > 1 { 12.0 } else { 13.0 };
        for (i, line) in lines.iter().enumerate() {
            let pos = (cx.round() as i32, y1 + 5 + 14 * i as i32);
            put_text(text, area, line, pos, size, HPos::Center, VPos::Top, false, &black)?;
        }
        for (j, cell) in cells.iter().enumerate() {
            let left = f64::from(x0) + cw * (c as f64 + 0.1) + bw * j as f64;
            let (l, r) = (left.round() as i32, (left + bw).round() as i32 - 1);
            let mid = (l + r) / 2;
            match cell {
                Cell::Bar(v) => {
                    let top = py(*v).min(y1 - 1);
                    area.draw(&Rectangle::new([(l, top), (r, y1)], COLOURS[j].filled()))?;
                    let s = if *v > 100.0 { format!("{v:.0}") } else { format_significant(*v, 2) };
                    annotate(text, area, &s, (mid, top - 3), bw, &black)?;
                }
                Cell::Failed(mark) => {
                    let (cy, d) = (y1 - 7, 4);
                    let style = fail.stroke_width(2);
                    area.draw(&PathElement::new(vec![(mid - d, cy - d), (mid + d, cy + d)], style))?;
                    area.draw(&PathElement::new(vec![(mid - d, cy + d), (mid + d, cy - d)], style))?;
                    annotate(text, area, mark, (mid, cy - d - 3), bw, &fail)?;
                }
                Cell::Empty => {}
            }
        }
    }

    let lx = x1 + 16;
    put_text(text, area, "Batch size", (lx, y0), 12.0, HPos::Left, VPos::Top, false, &black)?;
    for (j, (batch, colour)) in BATCH_SIZES.iter().zip(COLOURS).enumerate() {
        let y = y0 + 20 + 17 * j as i32;
        area.draw(&Rectangle::new([(lx, y), (lx + 11, y + 11)], colour.filled()))?;
        let s = batch.to_string();
        put_text(text, area, &s, (lx + 17, y + 5), 12.0, HPos::Left, VPos::Center, false, &black)?;
    }
    Ok(())
}

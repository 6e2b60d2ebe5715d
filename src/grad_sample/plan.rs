//! The per-layer planner behind `--grad-sample auto`.
//!
//! For every recorded layer there are up to five ways to get what DP-SGD needs (each
//! example's gradient norm, then the clipped sum):
//! - [`LayerChoice::PerSampleGrad`]: build the per-sample gradient `[batch, p]`, take its norm
//!   and clip-and-accumulate it (the paper's vectorised step; Opacus' hooks);
//! - [`LayerChoice::GhostNorm`]: the norm from two `[batch, t, t]` Gram matrices, never the
//!   gradient (ghost clipping, Li et al. 2021 §4), then the clipped sum by book-keeping: one
//!   weight-gradient product of the stored activations and the clip-weighted backprops (Bu et
//!   al. 2023), which for a conv layer is Burn's own `conv2d_weight_backward`;
//! - [`LayerChoice::MaterializedNorm`]: the per-sample gradient built for its norm only and
//!   dropped at once, then book-keeping (Bu et al. 2023's choice for layers with few positions
//!   and many parameters);
//! - [`LayerChoice::FusedNorm`] and [`LayerChoice::FusedGrad`] (conv layers on wgpu): the
//!   fused per-sample conv kernel (`shaders/conv_grad_sample_f32.wgsl`), which reads the im2col
//!   columns in place, for the norm only (then book-keeping) or writing the per-sample gradient.
//!
//! A [`CostModel`] prices each choice in floating-point operations and bytes moved for the
//! device at hand and picks the cheapest one per layer that fits the device's largest buffer;
//! under a memory budget it trades speed for memory (kept per-sample gradients first), and when
//! even the leanest plan does not fit, it splits the physical batch into chunks (per-sample
//! clipping is per example, so chunks give exactly the same clipped sum). The numbers are
//! estimates for choosing, not measurements; `dpgpu bench` measures.

use serde::{Deserialize, Serialize};

use super::rules::NormMethod;

/// Bytes per element (every per-sample quantity is `f32`).
const F32: f64 = 4.0;

/// What kind of layer a capture is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LayerKind {
    /// Linear on `[batch, t, d_in]` (also an LSTM's gate Linear and a tied output projection).
    Linear,
    /// Conv2d, seen per group as a Linear over the output positions (im2col).
    Conv2d,
    /// Embedding lookups.
    Embedding,
    /// LayerNorm / GroupNorm affine parameters.
    Norm,
}

/// The per-example shape of one recorded layer, as the planner sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayerShape {
    /// The layer kind.
    pub kind: LayerKind,
    /// Positions `t` sharing the weight: sequence length, conv output positions `h_out·w_out`,
    /// tokens per example, or positions per channel for a norm layer.
    pub positions: usize,
    /// Inputs per position and group: `d_in`, `c_in/groups·kh·kw`, or `d_model` (embedding).
    pub d_in: usize,
    /// Outputs per position and group: `d_out`, `c_out/groups`, `d_model`, or channels.
    pub d_out: usize,
    /// Conv groups (1 otherwise).
    pub groups: usize,
    /// Trainable parameters of the layer (elements).
    pub params: usize,
    /// Elements of the layer's stored input plus its backprops, per example: what every
    /// strategy, and the non-private step, keeps for the backward pass.
    pub io_elements: usize,
    /// Embedding vocabulary (0 otherwise).
    pub vocab: usize,
    /// The layer holds a parameter used more than once (tied weights, a layer applied twice):
    /// it always keeps its per-sample gradient, so the uses add up before the norm.
    #[serde(default)]
    pub shared: bool,
}

/// How one layer's per-sample norm and clipped sum are computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LayerChoice {
    /// Per-sample gradient built and kept until clip-and-accumulate (`vectorized`).
    PerSampleGrad,
    /// Ghost norm, then book-keeping.
    GhostNorm,
    /// Per-sample gradient built for its norm only, then book-keeping.
    MaterializedNorm,
    /// Conv2d on wgpu: the norm from the fused per-sample conv kernel, which reads the im2col
    /// columns in place and squares each tile of the gradient as it is made (no columns, no
    /// gradient in memory), then book-keeping. Elsewhere as [`LayerChoice::MaterializedNorm`].
    /// The planner offers it only with dpgpu's WGSL kernels on; forced through
    /// [`super::Choices::Plan`] it runs the shader on any wgpu device.
    FusedNorm,
    /// Conv2d on wgpu: the per-sample gradient written by the fused kernel (no columns) and
    /// kept until clip-and-accumulate. Elsewhere as [`LayerChoice::PerSampleGrad`].
    FusedGrad,
}

impl LayerChoice {
    /// The norm rule of a norm-then-book-keeping choice; `None` for [`LayerChoice::PerSampleGrad`].
    pub fn norm_method(self) -> Option<NormMethod> {
        match self {
            LayerChoice::PerSampleGrad | LayerChoice::FusedGrad => None,
            LayerChoice::GhostNorm => Some(NormMethod::Ghost),
            LayerChoice::MaterializedNorm | LayerChoice::FusedNorm => Some(NormMethod::Materialize),
        }
    }

    /// True when the layer keeps its per-sample gradients until clip-and-accumulate.
    pub fn keeps_grad(self) -> bool {
        matches!(self, LayerChoice::PerSampleGrad | LayerChoice::FusedGrad)
    }

    /// True for the choices that run the fused per-sample conv kernel.
    pub fn is_fused(self) -> bool {
        matches!(self, LayerChoice::FusedNorm | LayerChoice::FusedGrad)
    }

    /// Short name, as in the printed plan.
    pub fn name(self) -> &'static str {
        match self {
            LayerChoice::PerSampleGrad => "per_sample_grad",
            LayerChoice::GhostNorm => "ghost_norm",
            LayerChoice::MaterializedNorm => "materialized_norm",
            LayerChoice::FusedNorm => "fused_norm",
            LayerChoice::FusedGrad => "fused_grad",
        }
    }
}

/// The estimated cost of one choice for one example.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceCost {
    /// The choice.
    pub choice: LayerChoice,
    /// Floating-point operations per example, besides `fused_flops`.
    pub flops: f64,
    /// Floating-point operations per example in the fused conv kernel (priced with
    /// [`CostModel::fused_conv_slowdown`]).
    #[serde(default)]
    pub fused_flops: f64,
    /// Bytes read and written per example.
    pub bytes: f64,
    /// Bytes per example kept alive until clip-and-accumulate (per-sample gradients).
    pub kept_bytes: f64,
    /// Bytes per example alive only while this layer's norm is computed.
    pub transient_bytes: f64,
    /// Bytes per example of the largest single tensor the choice allocates.
    pub largest_bytes: f64,
}

impl ChoiceCost {
    /// Estimated seconds per example on `model`.
    pub fn seconds(&self, model: &CostModel) -> f64 {
        let flops = self.flops + self.fused_flops * model.fused_conv_slowdown;
        flops / model.flops_per_second + self.bytes / model.bytes_per_second
    }
}

impl LayerShape {
    /// The choices that apply to this layer with their costs per example (only
    /// [`LayerChoice::PerSampleGrad`] for a `shared` layer).
    pub fn choices(&self) -> Vec<ChoiceCost> {
        let mut all = self.all_choices();
        if self.shared {
            all.retain(|c| c.choice.keeps_grad());
        }
        all
    }

    fn all_choices(&self) -> Vec<ChoiceCost> {
        let (t, k, n, g) = (self.positions as f64, self.d_in as f64, self.d_out as f64, self.groups as f64);
        let p = self.params as f64;
        let io = self.io_elements as f64;
        match self.kind {
            // `[batch, channels]` per-sample gradients, as small as the parameters: kept, or
            // built for the norm and book-kept.
            LayerKind::Norm => vec![
                ChoiceCost {
                    choice: LayerChoice::PerSampleGrad,
                    flops: 2.0 * t * n + 4.0 * p,
                    fused_flops: 0.0,
                    bytes: F32 * (io + 3.0 * p),
                    kept_bytes: F32 * p,
                    transient_bytes: 0.0,
                    largest_bytes: F32 * p,
                },
                ChoiceCost {
                    choice: LayerChoice::MaterializedNorm,
                    flops: 2.0 * t * n + 4.0 * p,
                    fused_flops: 0.0,
                    bytes: F32 * (io + 3.0 * p),
                    kept_bytes: 0.0,
                    transient_bytes: F32 * p,
                    largest_bytes: F32 * p,
                },
            ],
            LayerKind::Embedding => {
                let (v, d) = (self.vocab as f64, n);
                vec![
                    ChoiceCost {
                        choice: LayerChoice::PerSampleGrad,
                        flops: 3.0 * v * d,
                        fused_flops: 0.0,
                        bytes: F32 * (3.0 * v * d + t * d),
                        kept_bytes: F32 * v * d,
                        transient_bytes: 0.0,
                        largest_bytes: F32 * v * d,
                    },
                    // Backprops summed per distinct token, squared; book-keeping: one scatter.
                    ChoiceCost {
                        choice: LayerChoice::GhostNorm,
                        flops: 4.0 * t * d,
                        fused_flops: 0.0,
                        bytes: F32 * 5.0 * t * d,
                        kept_bytes: 0.0,
                        transient_bytes: F32 * 2.0 * t * t.max(d),
                        largest_bytes: F32 * t * t.max(d),
                    },
                ]
            }
            LayerKind::Linear | LayerKind::Conv2d => {
                // im2col columns of a conv layer's input, per example (a Linear reads its input).
                let cols = if self.kind == LayerKind::Conv2d { g * t * k } else { 0.0 };
                // Alive at once while they are used: the unfolded columns and the contiguous
                // copy the batched product reads.
                let cols_alive = 2.0 * cols;
                let gemm = 2.0 * g * t * k * n; // one per-sample weight-gradient product
                let reads = g * t * (k + n);
                let gram = 2.0 * g * t * t * (k + n) + 2.0 * g * t * t;
                let ghost = if t <= 1.0 {
                    ChoiceCost {
                        choice: LayerChoice::GhostNorm,
                        flops: 2.0 * (k + n) * g + gemm,
                        fused_flops: 0.0,
                        bytes: F32 * (2.0 * cols + 2.0 * reads),
                        kept_bytes: 0.0,
                        transient_bytes: F32 * cols_alive,
                        largest_bytes: F32 * cols.max(g * k.max(n)),
                    }
                } else {
                    ChoiceCost {
                        choice: LayerChoice::GhostNorm,
                        flops: gram + gemm,
                        fused_flops: 0.0,
                        bytes: F32 * (2.0 * cols + 4.0 * g * t * t + 2.0 * reads),
                        kept_bytes: 0.0,
                        transient_bytes: F32 * (cols_alive + 2.0 * g * t * t),
                        largest_bytes: F32 * cols.max(g * t * t),
                    }
                };
                let mut all = vec![
                    ChoiceCost {
                        choice: LayerChoice::PerSampleGrad,
                        flops: gemm + 4.0 * p,
                        fused_flops: 0.0,
                        bytes: F32 * (2.0 * cols + reads + 3.0 * p),
                        kept_bytes: F32 * p,
                        transient_bytes: F32 * cols_alive,
                        largest_bytes: F32 * cols.max(p),
                    },
                    ghost,
                    ChoiceCost {
                        choice: LayerChoice::MaterializedNorm,
                        flops: 2.0 * gemm + 2.0 * p,
                        fused_flops: 0.0,
                        bytes: F32 * (2.0 * cols + 2.0 * p + 2.0 * reads),
                        kept_bytes: 0.0,
                        // The per-sample gradient and its square.
                        transient_bytes: F32 * (cols_alive + 2.0 * p),
                        largest_bytes: F32 * cols.max(p),
                    },
                ];
                if self.kind == LayerKind::Conv2d {
                    // The fused kernel reads each input element once per tile row and writes
                    // nothing but the gradient (FusedGrad) or one partial norm per tile.
                    let backprops = g * t * n;
                    // The kernel's output: the gradients, then one partial norm per tile.
                    let tile = crate::kernels::wgsl::CONV_TILE as f64;
                    let tiles = g * (n / tile).ceil() * (k / tile).ceil();
                    all.push(ChoiceCost {
                        choice: LayerChoice::FusedGrad,
                        flops: 4.0 * p,
                        fused_flops: gemm,
                        bytes: F32 * (reads + 3.0 * p),
                        kept_bytes: F32 * p,
                        transient_bytes: 0.0,
                        largest_bytes: F32 * (p + tiles),
                    });
                    all.push(ChoiceCost {
                        choice: LayerChoice::FusedNorm,
                        flops: gemm,
                        fused_flops: gemm,
                        bytes: F32 * 2.0 * reads,
                        kept_bytes: 0.0,
                        // The norm's scaled copies of the input and the backprops (then
                        // book-keeping's clip-weighted backprops, fewer).
                        transient_bytes: F32 * io,
                        largest_bytes: F32 * backprops.max(io - backprops),
                    });
                }
                all
            }
        }
    }

    /// One line describing the layer, e.g. `conv2d 16→32 (k·c_in 144) at 196 positions`.
    pub fn describe(&self) -> String {
        match self.kind {
            LayerKind::Linear => {
                format!("linear {}→{} at {} positions", self.d_in, self.d_out, self.positions)
            }
            LayerKind::Conv2d => format!(
                "conv2d {} groups x ({}→{}) at {} positions",
                self.groups, self.d_in, self.d_out, self.positions
            ),
            LayerKind::Embedding => {
                format!("embedding {}x{} over {} tokens", self.vocab, self.d_out, self.positions)
            }
            LayerKind::Norm => format!("norm affine over {} channels", self.d_out),
        }
    }
}

/// What the planner knows of the device: throughput for pricing choices, and limits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostModel {
    /// A name for the profile (`cpu`, `software-gpu`, `gpu`).
    pub profile: String,
    /// Sustained floating-point operations per second (an order of magnitude; only the ratio
    /// to `bytes_per_second` moves choices).
    pub flops_per_second: f64,
    /// Sustained memory bandwidth, bytes per second.
    pub bytes_per_second: f64,
    /// The device's largest buffer, bytes (wgpu's `max_storage_buffer_binding_size`, bounded by
    /// `max_buffer_size`); `None`: no limit (`cpu`).
    pub max_buffer_bytes: Option<u64>,
    /// The memory the per-sample step may use, bytes (`--max-memory-mib`); `None`: no cap.
    pub memory_budget_bytes: Option<u64>,
    /// The fused WGSL per-sample conv kernel is available (wgpu with dpgpu's kernels on): the
    /// planner may pick [`LayerChoice::FusedNorm`] and [`LayerChoice::FusedGrad`].
    #[serde(default)]
    pub fused_kernels: bool,
    /// The fused conv kernel's time per FLOP over the device's matrix products (a plain tiled
    /// loop against a tuned GEMM): 2.5 on lavapipe, measured with `benches/per_sample.rs` at
    /// batch 64 against the im2col product (1.2x-1.7x on the MNIST CNN's convs, 1.6x on
    /// CIFAR-10's 32→32 conv at 32x32, 3.6x on its 128→128 conv at 8x8); 1.5 assumed on
    /// hardware GPUs, where it is not measured yet.
    #[serde(default = "one")]
    pub fused_conv_slowdown: f64,
}

fn one() -> f64 {
    1.0
}

impl CostModel {
    /// The `cpu` backend: a few cores at ~10 GFLOP/s each on matrix products, DRAM bandwidth.
    pub fn cpu() -> Self {
        CostModel {
            profile: "cpu".into(),
            flops_per_second: 2e10,
            bytes_per_second: 1e10,
            max_buffer_bytes: None,
            memory_budget_bytes: None,
            fused_kernels: false,
            fused_conv_slowdown: 1.0,
        }
    }

    /// The bytes the planner lets one tensor take: seven eighths of [`CostModel::max_buffer_bytes`]
    /// (measured on lavapipe: a buffer planned at 99.7% of the 128 MiB limit was allocated 2.4%
    /// larger by an unfused reduce and failed); `None` where there is no limit.
    pub fn buffer_limit(&self) -> Option<f64> {
        self.max_buffer_bytes.map(|b| b as f64 * 7.0 / 8.0)
    }

    /// A wgpu adapter: a software rasteriser (lavapipe: CPU threads behind Vulkan) or a GPU.
    pub fn wgpu(software: bool, max_buffer_bytes: Option<u64>) -> Self {
        let (profile, flops, bytes, slowdown) =
            if software { ("software-gpu", 1e10, 5e9, 2.5) } else { ("gpu", 2e13, 1e12, 1.5) };
        CostModel {
            profile: profile.into(),
            flops_per_second: flops,
            bytes_per_second: bytes,
            max_buffer_bytes,
            memory_budget_bytes: None,
            fused_kernels: true,
            fused_conv_slowdown: slowdown,
        }
    }

    /// The choices each layer has on this device, with their costs ([`LayerShape::choices`]
    /// without the fused kernel's where it is not available).
    fn price(&self, layers: &[LayerShape]) -> Vec<Vec<ChoiceCost>> {
        layers
            .iter()
            .map(|l| l.choices().into_iter().filter(|c| self.fused_kernels || !c.choice.is_fused()).collect())
            .collect()
    }
}

/// One layer's entry in a [`Plan`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayerPlan {
    /// The layer, described.
    pub layer: String,
    /// Its per-example shape.
    pub shape: LayerShape,
    /// What the planner chose.
    pub choice: LayerChoice,
    /// Estimated seconds per physical chunk for each applicable choice, in the order of
    /// [`LayerShape::choices`].
    pub estimates: Vec<(LayerChoice, f64)>,
}

/// A per-layer plan for one physical batch size.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Examples per physical batch the plan was made for.
    pub physical_batch: usize,
    /// Examples per chunk (≤ `physical_batch`): the batch is processed in chunks of this size.
    pub chunk_size: usize,
    /// One entry per recorded layer, in forward order.
    pub layers: Vec<LayerPlan>,
    /// Estimated peak bytes of the per-sample step for one chunk: the stored inputs and
    /// backprops with the autodiff graph's other intermediates (a multiple of those), the kept
    /// per-sample gradients and the largest transient.
    pub peak_bytes: f64,
    /// Estimated seconds of the per-sample work for the whole physical batch.
    pub seconds: f64,
    /// False when the plan exceeds the memory budget or a buffer limit: for `auto`
    /// ([`Plan::new`]) only when even chunks of one example do; for the fixed strategies
    /// ([`Plan::fixed`]), which chunk to the largest buffer only, when their tensors exceed
    /// the memory budget.
    pub fits: bool,
    /// The cost model used.
    pub cost_model: CostModel,
}

impl Plan {
    /// Plans `layers` for `physical_batch` examples on `model`: the cheapest choice per layer
    /// that fits the largest buffer; under a memory budget, kept per-sample gradients are
    /// dropped for book-keeping (largest saving per added second first), then the batch is
    /// chunked.
    pub fn new(layers: &[LayerShape], physical_batch: usize, model: &CostModel) -> Plan {
        let batch = physical_batch.max(1);
        let costs = model.price(layers);
        let mut chunk = batch;
        loop {
            let picks = pick(layers, &costs, chunk, model);
            let fit = fitting_chunk(layers, &costs, &picks, chunk, model);
            if fit >= chunk {
                return finish(layers, &costs, &picks, batch, chunk, model);
            }
            chunk = fit;
        }
    }

    /// Every layer with one fixed choice (`vectorized`: per-sample gradients; `ghost`: Bu et
    /// al.'s size rule): what the fixed strategies run, in the plan's form. The batch is split
    /// into chunks only where one of those choices' tensors would not fit the adapter's largest
    /// buffer (a hard limit of the device); the memory budget is `auto`'s to plan for, so the
    /// memory-limit experiment still measures what each fixed strategy holds.
    pub fn fixed(layers: &[LayerShape], physical_batch: usize, ghost: bool, model: &CostModel) -> Plan {
        let costs = model.price(layers);
        let picks = layers
            .iter()
            .zip(&costs)
            .map(|(shape, options)| {
                let wanted = match (ghost, shape.kind) {
                    (false, _) => LayerChoice::PerSampleGrad,
                    (true, LayerKind::Norm) => LayerChoice::MaterializedNorm,
                    (true, LayerKind::Linear | LayerKind::Conv2d) => {
                        match NormMethod::by_size(shape.positions, shape.d_in, shape.d_out) {
                            NormMethod::Ghost => LayerChoice::GhostNorm,
                            NormMethod::Materialize => LayerChoice::MaterializedNorm,
                        }
                    }
                    (true, _) => LayerChoice::GhostNorm,
                };
                options.iter().position(|c| c.choice == wanted).unwrap_or(0)
            })
            .collect::<Vec<_>>();
        let batch = physical_batch.max(1);
        let buffer_only = CostModel { memory_budget_bytes: None, ..model.clone() };
        let chunk = fitting_chunk(layers, &costs, &picks, batch, &buffer_only);
        finish(layers, &costs, &picks, batch, chunk, model)
    }

    /// The choice for every layer, in forward order.
    pub fn choices(&self) -> Vec<LayerChoice> {
        self.layers.iter().map(|l| l.choice).collect()
    }

    /// A table for the terminal: one line per layer, then the chunking and totals.
    pub fn render(&self) -> String {
        let mut out = format!(
            "per-sample plan for a physical batch of {} ({} profile{}{})\n",
            self.physical_batch,
            self.cost_model.profile,
            self.cost_model
                .max_buffer_bytes
                .map(|b| format!(", largest buffer {} MiB", b >> 20))
                .unwrap_or_default(),
            self.cost_model
                .memory_budget_bytes
                .map(|b| format!(", memory budget {} MiB", b >> 20))
                .unwrap_or_default(),
        );
        for (i, l) in self.layers.iter().enumerate() {
            let others: Vec<String> =
                l.estimates.iter().map(|(c, s)| format!("{} {:.3} ms/chunk", c.name(), s * 1e3)).collect();
            out += &format!("  {i:>2}  {:<48} {:<18} [{}]\n", l.layer, l.choice.name(), others.join(", "));
        }
        out += &format!(
            "  chunks of {} examples; estimated peak {:.1} MiB per chunk, {:.3} ms of per-sample work per batch{}\n",
            self.chunk_size,
            self.peak_bytes / (1u64 << 20) as f64,
            self.seconds * 1e3,
            match (self.fits, self.chunk_size) {
                (true, _) => "",
                (false, 1) => "; does NOT fit the budget even one example at a time",
                (false, _) => "; does NOT fit the memory budget (only `auto` chunks for it)",
            },
        );
        out
    }
}

/// The cheapest fitting choice per layer at `chunk` examples, then, over a memory budget, kept
/// per-sample gradients traded for book-keeping ([`drop_kept`]), then switches that lower the
/// estimated peak ([`lower_peak`]). Indices into each layer's choices.
fn pick(layers: &[LayerShape], costs: &[Vec<ChoiceCost>], chunk: usize, model: &CostModel) -> Vec<usize> {
    let b = chunk as f64;
    let fits = |c: &ChoiceCost| model.buffer_limit().is_none_or(|limit| c.largest_bytes * b <= limit);
    let mut picks: Vec<usize> = costs
        .iter()
        .map(|options| {
            let fitting = options.iter().enumerate().filter(|(_, c)| fits(c));
            let best = fitting.min_by(|(_, x), (_, y)| x.seconds(model).total_cmp(&y.seconds(model)));
            match best {
                Some((i, _)) => i,
                // Nothing fits one buffer: the smallest largest-buffer, and chunking follows.
                None => (0..options.len())
                    .min_by(|&x, &y| options[x].largest_bytes.total_cmp(&options[y].largest_bytes))
                    .unwrap_or(0),
            }
        })
        .collect();
    let Some(budget) = model.memory_budget_bytes else { return picks };
    while b * peak_per_example(layers, costs, &picks) > budget as f64 {
        match drop_kept(costs, &picks, model, &fits)
            .or_else(|| lower_peak(layers, costs, &picks, model, &fits))
        {
            Some((layer, i)) => picks[layer] = i,
            None => break,
        }
    }
    picks
}

/// The switch from a kept per-sample gradient to a norm-only choice that frees the most kept
/// bytes per added second (kept gradients add up over layers, so each one dropped counts).
fn drop_kept(
    costs: &[Vec<ChoiceCost>],
    picks: &[usize],
    model: &CostModel,
    fits: &dyn Fn(&ChoiceCost) -> bool,
) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, f64)> = None;
    for (layer, options) in costs.iter().enumerate() {
        let now = &options[picks[layer]];
        for (i, alt) in options.iter().enumerate() {
            if now.kept_bytes == 0.0 || alt.kept_bytes != 0.0 || !fits(alt) {
                continue;
            }
            let gain = now.kept_bytes / (alt.seconds(model) - now.seconds(model)).max(1e-12);
            if best.is_none_or(|(_, _, g)| gain > g) {
                best = Some((layer, i, gain));
            }
        }
    }
    best.map(|(layer, i, _)| (layer, i))
}

/// Once no gradient is kept: the switch that lowers the estimated peak the most per added
/// second (a transient only counts when it is the largest), if any does.
fn lower_peak(
    layers: &[LayerShape],
    costs: &[Vec<ChoiceCost>],
    picks: &[usize],
    model: &CostModel,
    fits: &dyn Fn(&ChoiceCost) -> bool,
) -> Option<(usize, usize)> {
    let peak = peak_per_example(layers, costs, picks);
    let mut best: Option<(usize, usize, f64)> = None;
    let mut trial = picks.to_vec();
    for (layer, options) in costs.iter().enumerate() {
        for (i, alt) in options.iter().enumerate() {
            trial[layer] = i;
            let saved = peak - peak_per_example(layers, costs, &trial);
            trial[layer] = picks[layer];
            // Never towards a kept gradient: `drop_kept` would undo it.
            if saved <= 0.0 || !fits(alt) || alt.kept_bytes > options[picks[layer]].kept_bytes {
                continue;
            }
            let gain = saved / (alt.seconds(model) - options[picks[layer]].seconds(model)).max(1e-12);
            if best.is_none_or(|(_, _, g)| gain > g) {
                best = Some((layer, i, gain));
            }
        }
    }
    best.map(|(layer, i, _)| (layer, i))
}

/// The largest chunk of at most `chunk` examples (at least 1) whose tensors under `picks` fit
/// the memory budget and whose largest tensor fits the largest buffer.
fn fitting_chunk(
    layers: &[LayerShape],
    costs: &[Vec<ChoiceCost>],
    picks: &[usize],
    chunk: usize,
    model: &CostModel,
) -> usize {
    let mut fit = chunk;
    if let Some(budget) = model.memory_budget_bytes {
        let per_example = peak_per_example(layers, costs, picks);
        fit = fit.min((budget as f64 / per_example).floor().max(1.0) as usize);
    }
    if let Some(limit) = model.buffer_limit() {
        let largest = largest_per_example(costs, picks);
        if largest > 0.0 {
            fit = fit.min((limit / largest).floor().max(1.0) as usize);
        }
    }
    fit
}

fn transient_max(costs: &[Vec<ChoiceCost>], picks: &[usize]) -> f64 {
    costs.iter().zip(picks).map(|(o, &i)| o[i].transient_bytes).fold(0.0, f64::max)
}

fn largest_per_example(costs: &[Vec<ChoiceCost>], picks: &[usize]) -> f64 {
    costs.iter().zip(picks).map(|(o, &i)| o[i].largest_bytes).fold(0.0, f64::max)
}

/// What the autodiff graph holds per example beyond the recorded layers' inputs and backprops
/// (activation outputs, pooling indices, an LSTM's gates), as a multiple of those: measured
/// 1.5x (CIFAR-10 CNN), 3.3x (LSTM) and 4.7x (MNIST CNN, whose images dominate) from the
/// non-private step's peak memory per example at a 1 GiB cap on `cpu` (docs/PERFORMANCE.md).
const GRAPH_OVERHEAD: f64 = 2.0;

fn peak_per_example(layers: &[LayerShape], costs: &[Vec<ChoiceCost>], picks: &[usize]) -> f64 {
    let io: f64 = (1.0 + GRAPH_OVERHEAD) * layers.iter().map(|l| F32 * l.io_elements as f64).sum::<f64>();
    let kept: f64 = costs.iter().zip(picks).map(|(o, &i)| o[i].kept_bytes).sum();
    (io + kept + transient_max(costs, picks)).max(1.0)
}

fn finish(
    layers: &[LayerShape],
    costs: &[Vec<ChoiceCost>],
    picks: &[usize],
    batch: usize,
    chunk: usize,
    model: &CostModel,
) -> Plan {
    let per_example = peak_per_example(layers, costs, picks);
    let peak_bytes = per_example * chunk as f64;
    let fits_budget = model.memory_budget_bytes.is_none_or(|b| peak_bytes <= b as f64);
    let fits_buffer =
        model.buffer_limit().is_none_or(|b| largest_per_example(costs, picks) * chunk as f64 <= b);
    let plans = layers
        .iter()
        .zip(costs)
        .zip(picks)
        .map(|((shape, options), &i)| LayerPlan {
            layer: shape.describe(),
            shape: shape.clone(),
            choice: options[i].choice,
            estimates: options.iter().map(|c| (c.choice, c.seconds(model) * chunk as f64)).collect(),
        })
        .collect();
    let seconds = costs.iter().zip(picks).map(|(o, &i)| o[i].seconds(model)).sum::<f64>() * batch as f64;
    Plan {
        physical_batch: batch,
        chunk_size: chunk,
        layers: plans,
        peak_bytes,
        seconds,
        fits: fits_budget && fits_buffer,
        cost_model: model.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linear(t: usize, d_in: usize, d_out: usize) -> LayerShape {
        LayerShape {
            kind: LayerKind::Linear,
            positions: t,
            d_in,
            d_out,
            groups: 1,
            params: d_in * d_out + d_out,
            io_elements: t * (d_in + d_out),
            vocab: 0,
            shared: false,
        }
    }

    fn embedding(tokens: usize, vocab: usize, d: usize) -> LayerShape {
        LayerShape {
            kind: LayerKind::Embedding,
            positions: tokens,
            d_in: d,
            d_out: d,
            groups: 1,
            params: vocab * d,
            io_elements: tokens * (d + 1),
            vocab,
            shared: false,
        }
    }

    #[test]
    fn a_linear_layer_without_a_sequence_takes_the_exact_ghost_norm() {
        let plan = Plan::new(&[linear(1, 512, 32)], 256, &CostModel::cpu());
        assert_eq!(plan.choices(), vec![LayerChoice::GhostNorm]);
        assert_eq!(plan.chunk_size, 256);
        assert!(plan.fits);
    }

    #[test]
    fn an_embedding_never_builds_its_batch_by_vocabulary_gradient() {
        let plan = Plan::new(&[embedding(256, 10_004, 16)], 256, &CostModel::cpu());
        assert_eq!(plan.choices(), vec![LayerChoice::GhostNorm]);
    }

    #[test]
    fn a_long_sequence_through_a_small_layer_keeps_its_per_sample_gradient() {
        // t² = 65,536 Gram entries against 200·400 = 80,000 weights: materialising is cheaper
        // than two Gram matrices, and keeping beats recomputing by book-keeping.
        let plan = Plan::new(&[linear(256, 200, 400)], 64, &CostModel::cpu());
        assert_eq!(plan.choices(), vec![LayerChoice::PerSampleGrad]);
    }

    #[test]
    fn the_buffer_limit_excludes_a_choice_whose_tensor_does_not_fit() {
        // [256, 200·400] f32 = 78 MiB: over a 64 MiB buffer, so the per-sample gradient is
        // built for its norm only in chunks, or replaced by the ghost norm.
        let model = CostModel::wgpu(true, Some(64 << 20));
        let plan = Plan::new(&[linear(256, 200, 400)], 256, &model);
        let largest = plan.layers[0].shape.choices().into_iter().find(|c| c.choice == plan.layers[0].choice);
        let largest = largest.expect("the chosen choice is one of the layer's").largest_bytes;
        assert!(largest * plan.chunk_size as f64 <= (64u64 << 20) as f64, "{plan:?}");
    }

    #[test]
    fn a_memory_budget_first_drops_kept_gradients_then_chunks() {
        // Per example: inputs and backprops 3 x 614,400 B (3x that with the graph's
        // overhead), each kept gradient 321,600 B, each materialised norm's transient 643,200 B.
        let layers = [linear(256, 200, 400), linear(256, 200, 400), linear(256, 200, 400)];
        let free = Plan::new(&layers, 64, &CostModel::cpu());
        assert_eq!(free.choices(), vec![LayerChoice::PerSampleGrad; 3]);
        // 64 x 6,494,400 B with every gradient kept is over 386 MiB; norm-only layers
        // (64 x 6,172,800 B) fit.
        let mut model = CostModel::cpu();
        model.memory_budget_bytes = Some(386 << 20);
        let lean = Plan::new(&layers, 64, &model);
        assert!(lean.choices().iter().all(|&c| c != LayerChoice::PerSampleGrad), "{}", lean.render());
        assert_eq!(lean.chunk_size, 64);
        assert!(lean.peak_bytes <= (386u64 << 20) as f64);
        // Below even the leanest plan at 64 examples: chunks that fit.
        model.memory_budget_bytes = Some(40 << 20);
        let chunked = Plan::new(&layers, 64, &model);
        assert!(chunked.chunk_size < 64 && chunked.chunk_size >= 1, "{}", chunked.render());
        assert!(chunked.peak_bytes <= (40u64 << 20) as f64);
        assert!(chunked.fits);
    }

    #[test]
    fn a_budget_below_one_example_is_reported_as_not_fitting() {
        let mut model = CostModel::cpu();
        model.memory_budget_bytes = Some(1);
        let plan = Plan::new(&[linear(256, 200, 400)], 8, &model);
        assert_eq!(plan.chunk_size, 1);
        assert!(!plan.fits);
        assert!(plan.render().contains("does NOT fit"));
    }

    #[test]
    fn a_layer_with_a_reused_parameter_keeps_its_per_sample_gradient() {
        let tied = LayerShape { shared: true, ..embedding(256, 10_004, 16) };
        let plan = Plan::new(&[tied.clone()], 256, &CostModel::cpu());
        assert_eq!(plan.choices(), vec![LayerChoice::PerSampleGrad]);
        assert_eq!(
            Plan::fixed(&[tied], 256, true, &CostModel::cpu()).choices(),
            vec![LayerChoice::PerSampleGrad]
        );
    }

    fn conv(positions: usize, d_in: usize, d_out: usize, c_in: usize) -> LayerShape {
        let io_elements = positions * (c_in + d_out);
        LayerShape { kind: LayerKind::Conv2d, io_elements, ..linear(positions, d_in, d_out) }
    }

    #[test]
    fn fused_conv_choices_only_where_the_kernel_runs() {
        // The CIFAR-10 CNN's second conv: 32→32, 3x3, at 32x32 positions. Its im2col columns,
        // 1,179,648 B per example (twice that alive), are what a tight budget cannot hold.
        let layer = conv(1024, 288, 32, 32);
        let plan = Plan::new(std::slice::from_ref(&layer), 256, &CostModel::cpu());
        assert!(plan.choices().iter().all(|c| !c.is_fused()), "{}", plan.render());
        let mut unfused = CostModel::wgpu(true, None);
        unfused.fused_kernels = false;
        assert!(
            Plan::new(std::slice::from_ref(&layer), 256, &unfused).choices().iter().all(|c| !c.is_fused())
        );
        // Per example: inputs and backprops 3 x 262,144 B, the fused choices at most 262,144 B
        // more (the norm's scaled copies); every unfused choice needs the columns.
        let mut gpu = CostModel::wgpu(true, None);
        gpu.memory_budget_bytes = Some(256 * 1_100_000);
        let plan = Plan::new(&[layer], 256, &gpu);
        assert!(plan.choices()[0].is_fused(), "{}", plan.render());
        assert_eq!(plan.chunk_size, 256, "{}", plan.render());
        unfused.memory_budget_bytes = gpu.memory_budget_bytes;
        let chunked = Plan::new(&[conv(1024, 288, 32, 32)], 256, &unfused);
        assert!(chunked.chunk_size < 256, "{}", chunked.render());
    }

    #[test]
    fn fixed_plans_follow_their_strategy() {
        let layers = [linear(256, 200, 400), linear(4, 512, 32), embedding(8, 100, 4)];
        let vectorized = Plan::fixed(&layers, 16, false, &CostModel::cpu());
        assert!(vectorized.choices().iter().all(|&c| c == LayerChoice::PerSampleGrad));
        let ghost = Plan::fixed(&layers, 16, true, &CostModel::cpu());
        let want = [LayerChoice::MaterializedNorm, LayerChoice::GhostNorm, LayerChoice::GhostNorm];
        assert_eq!(ghost.choices(), want);
        assert_eq!((vectorized.chunk_size, ghost.chunk_size), (16, 16));
    }

    #[test]
    fn fixed_plans_chunk_where_their_tensors_do_not_fit() {
        // The embedding net's table: [256, 10,004 x 16] f32 per-sample gradients are 164 MB,
        // over lavapipe's 128 MiB buffer; chunks of 183 examples fit its seven eighths.
        let layers = [embedding(256, 10_004, 16)];
        let lavapipe = CostModel::wgpu(true, Some(128 << 20));
        let vectorized = Plan::fixed(&layers, 256, false, &lavapipe);
        assert_eq!(vectorized.choices(), [LayerChoice::PerSampleGrad]);
        assert_eq!(vectorized.chunk_size, (128 << 20) * 7 / 8 / (10_004 * 16 * 4));
        assert!(vectorized.fits, "{}", vectorized.render());
        // Ghost norms of the same layer fit whole.
        assert_eq!(Plan::fixed(&layers, 256, true, &lavapipe).chunk_size, 256);
        // A memory budget is not a fixed strategy's to plan for.
        let mut capped = CostModel::cpu();
        capped.memory_budget_bytes = Some(1 << 20);
        assert_eq!(Plan::fixed(&layers, 256, false, &capped).chunk_size, 256);
    }
}

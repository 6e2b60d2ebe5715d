//! Long reductions on the per-sample path against host sums in f64. On lavapipe, Burn 0.22.1's
//! own `sum_dim` gets each of these shapes wrong (a strided reduction of more than 65,536
//! elements sums 65,536 of them; a contiguous one of 2^18 or more can come back 0), which would
//! under-count per-sample norms; `dpgpu::grad_sample::reduce::sum_dim` reduces in blocks.

mod common;

use burn::tensor::{Distribution, Tensor};
use common::values;
use dpgpu::device::ComputeDevice;
use dpgpu::grad_sample::reduce::sum_dim;
use dpgpu::grad_sample::rules;

/// Host sums of `x` (`[a, n, b]` row-major) over its middle dimension: `[a·b]`.
fn host_sums(x: &[f32], a: usize, n: usize, b: usize) -> Vec<f64> {
    let mut out = vec![0f64; a * b];
    for i in 0..a {
        for j in 0..n {
            for k in 0..b {
                out[i * b + k] += x[(i * n + j) * b + k] as f64;
            }
        }
    }
    out
}

fn assert_close(got: &[f32], want: &[f64], what: &str) {
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let err = (*g as f64 - w).abs() / w.abs().max(1.0);
        assert!(err < 1e-4, "{what}: entry {i}: {g} vs host {w} ({err:.2e})");
    }
}

fn long_sums_are_exact(dev: &ComputeDevice) {
    // [a, n, b] summed over n: contiguous (b = 1) past 2^18, strided past 65,536, and first-dim.
    for (a, n, b) in [(2usize, 300_000usize, 1usize), (1, 100_000, 3), (1, 70_000, 4)] {
        let x = Tensor::<3>::random([a, n, b], Distribution::Uniform(0.0, 1.0), &dev.device);
        let want = host_sums(&values(x.clone()), a, n, b);
        assert_close(&values(sum_dim(x.clone(), 1)), &want, &format!("sum_dim of [{a}, {n}, {b}] over 1"));
        if a == 1 {
            let first = x.reshape([n, b]);
            assert_close(&values(sum_dim(first, 0)), &want, &format!("sum_dim of [{n}, {b}] over 0"));
        }
    }
}

/// Book-keeping of a Linear layer's bias over batch·t = 70,000 positions (the paper's LSTM gate
/// at batch 274 and up): the clipped bias sum against the host.
fn bookkeeping_bias_over_many_positions_is_exact(dev: &ComputeDevice) {
    let (batch, t, d_in, d_out) = (280usize, 250usize, 2usize, 3usize);
    let a = Tensor::<3>::random([batch, t, d_in], Distribution::Uniform(-1.0, 1.0), &dev.device);
    let g = Tensor::<3>::random([batch, t, d_out], Distribution::Uniform(0.0, 1.0), &dev.device);
    let factors = Tensor::<1>::ones([batch], &dev.device);
    let (_, bias) = rules::linear_clipped_sum(a, g.clone(), factors);
    let want = host_sums(&values(g), 1, batch * t, d_out);
    assert_close(&values(bias), &want, "linear_clipped_sum bias");
}

/// Book-keeping of a Conv2d layer over batch·positions = 307,200 terms per weight (the CIFAR-10
/// CNN's first layers at batch 300; Burn's `conv2d_weight_backward` alone gets 0.83 of it on
/// lavapipe) and over 36,864 positions of one example (the im2col branch): weight and bias
/// against the host, `∇W[o, c] = Σ_{b, pos} x[b, c, pos] · g[b, o, pos]` for a 1x1 kernel.
fn conv_bookkeeping_over_many_positions_is_exact(dev: &ComputeDevice) {
    for (batch, hw) in [(300usize, 32usize), (2, 192)] {
        conv_bookkeeping_case(dev, batch, hw);
    }
}

fn conv_bookkeeping_case(dev: &ComputeDevice, batch: usize, hw: usize) {
    let (c_in, c_out) = (2usize, 2usize);
    let x = Tensor::<4>::random([batch, c_in, hw, hw], Distribution::Uniform(0.0, 1.0), &dev.device);
    let g = Tensor::<4>::random([batch, c_out, hw, hw], Distribution::Uniform(0.0, 1.0), &dev.device);
    let geometry = rules::ConvGeometry {
        weight_shape: [c_out, c_in, 1, 1],
        stride: [1, 1],
        dilation: [1, 1],
        padding: [(0, 0), (0, 0)],
        groups: 1,
    };
    let factors = Tensor::<1>::ones([batch], &dev.device);
    let (weight, bias) = rules::conv2d_clipped_sum(x.clone(), g.clone(), &geometry, factors);
    let (xs, gs) = (values(x), values(g));
    let positions = hw * hw;
    let mut want_w = vec![0f64; c_out * c_in];
    let mut want_b = vec![0f64; c_out];
    for b in 0..batch {
        for o in 0..c_out {
            for p in 0..positions {
                let gv = gs[(b * c_out + o) * positions + p] as f64;
                want_b[o] += gv;
                for c in 0..c_in {
                    want_w[o * c_in + c] += xs[(b * c_in + c) * positions + p] as f64 * gv;
                }
            }
        }
    }
    assert_close(&values(weight), &want_w, "conv2d_clipped_sum weight");
    assert_close(&values(bias), &want_b, "conv2d_clipped_sum bias");
}

on_every_backend!(
    long_sums_are_exact,
    bookkeeping_bias_over_many_positions_is_exact,
    conv_bookkeeping_over_many_positions_is_exact,
);

// Clip factors from per-sample squared norms: out[b] = min(1, C / (sqrt(sq[b]) + 1e-6)),
// as Opacus' clip_and_accumulate, and 0 where sq[b] is NaN, infinite or negative (the example is
// dropped: a per-example rule, so the sensitivity stays C; a negative squared norm is rounding in
// a ghost norm's cancelling terms). The tests are on the bits (exponent all ones; sign set on a
// non-zero value), since WGSL lets compilers assume finite floats in comparisons.
// info = [batch, bits(C)]. Rust twin: kernels::reference::clip_factors.

@group(0) @binding(0) var<storage, read_write> sq_norms: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read_write> info: array<u32>;

@compute @workgroup_size({{ workgroup_size }}, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let b = gid.x + gid.y * nwg.x * {{ workgroup_size }}u;
    if (b >= info[0]) {
        return;
    }
    let max_grad_norm = bitcast<f32>(info[1]);
    let sq = sq_norms[b];
    let bits = bitcast<u32>(sq);
    if ((bits & 0x7f800000u) == 0x7f800000u || bits > 0x80000000u) {
        out[b] = 0.0;
        return;
    }
    out[b] = min(1.0, max_grad_norm / (sqrt(sq) + 1e-6));
}

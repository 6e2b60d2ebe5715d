// Clip-and-accumulate: the clip-weighted sum over the batch of per-sample gradients,
// out[j] = sum_b factors[b] * grads[b, j], without writing clipped per-sample gradients. Rows with
// factors[b] <= 0 (dropped examples) are skipped, so a NaN or inf in them never reaches the sum.
// One invocation per parameter coordinate j (coalesced reads along j); info = [batch, p].
// Rust twin: kernels::reference::clip_and_accumulate.

@group(0) @binding(0) var<storage, read_write> grads: array<f32>;
@group(0) @binding(1) var<storage, read_write> factors: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read_write> info: array<u32>;

@compute @workgroup_size({{ workgroup_size }}, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let j = gid.x + gid.y * nwg.x * {{ workgroup_size }}u;
    let batch = info[0];
    let p = info[1];
    if (j >= p) {
        return;
    }
    var sum = 0.0;
    for (var b = 0u; b < batch; b = b + 1u) {
        let f = factors[b];
        if (f > 0.0) {
            sum = sum + f * grads[b * p + j];
        }
    }
    out[j] = sum;
}

// Fused DP update for one parameter tensor (appended to philox.wgsl):
//   out[e] = param[e] - lr * (summed[e] + std * z(e)) * inv_batch
// with z(e) the Philox normal for (element e, tensor t, step s, seed k): noise N(0, std^2)
// added once to the clipped sum, division by the expected batch size, SGD step.
// info = [n, seed_lo, seed_hi, step_lo, step_hi, tensor_id, bits(std), bits(lr), bits(inv_batch)].
// With param = summed = 0, lr = -1, inv_batch = 1 it returns the raw noise std * z(e).
// Rust twin: kernels::reference::noisy_sgd.

@group(0) @binding(0) var<storage, read_write> param: array<f32>;
@group(0) @binding(1) var<storage, read_write> summed: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read_write> info: array<u32>;

@compute @workgroup_size({{ workgroup_size }}, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let e = gid.x + gid.y * nwg.x * {{ workgroup_size }}u;
    if (e >= info[0]) {
        return;
    }
    let seed = vec2<u32>(info[1], info[2]);
    let step = vec2<u32>(info[3], info[4]);
    let noise_std = bitcast<f32>(info[6]);
    let lr = bitcast<f32>(info[7]);
    let inv_batch = bitcast<f32>(info[8]);
    var noise = 0.0;
    if (noise_std != 0.0) {
        noise = noise_std * standard_normal(e, info[5], step, seed);
    }
    out[e] = param[e] - lr * (summed[e] + noise) * inv_batch;
}

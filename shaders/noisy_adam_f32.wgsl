// Fused DP-Adam update for one parameter tensor (appended to philox.wgsl):
//   g      = (summed[e] + std * z(e)) * inv_batch           (the privatised gradient)
//   m'     = beta1 * m[e] + (1 - beta1) * g
//   v'     = beta2 * v[e] + (1 - beta2) * g * g
//   param' = param[e] - lr * (m' * c1) / (sqrt(v' * c2) + eps),  c1 = 1/(1 - beta1^t), c2 = 1/(1 - beta2^t)
// with z(e) the Philox normal of philox.wgsl. One output buffer [3n]: param' at [0, n), m' at
// [n, 2n), v' at [2n, 3n). info = [n, seed_lo, seed_hi, step_lo, step_hi, tensor_id, bits(std),
// bits(inv_batch), bits(lr), bits(beta1), bits(1 - beta1), bits(beta2), bits(1 - beta2), bits(eps),
// bits(c1), bits(c2)] (the host rounds each scalar to f32 once, as the twin does).
// Rust twin: kernels::reference::noisy_adam (Kingma & Ba 2015, Algorithm 1).

@group(0) @binding(0) var<storage, read_write> param: array<f32>;
@group(0) @binding(1) var<storage, read_write> summed: array<f32>;
@group(0) @binding(2) var<storage, read_write> m: array<f32>;
@group(0) @binding(3) var<storage, read_write> v: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;
@group(0) @binding(5) var<storage, read_write> info: array<u32>;

@compute @workgroup_size({{ workgroup_size }}, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let e = gid.x + gid.y * nwg.x * {{ workgroup_size }}u;
    let n = info[0];
    if (e >= n) {
        return;
    }
    let noise_std = bitcast<f32>(info[6]);
    var noise = 0.0;
    if (noise_std != 0.0) {
        noise = noise_std * standard_normal(e, info[5], vec2<u32>(info[3], info[4]), vec2<u32>(info[1], info[2]));
    }
    let g = (summed[e] + noise) * bitcast<f32>(info[7]);
    let m1 = bitcast<f32>(info[9]) * m[e] + bitcast<f32>(info[10]) * g;
    let v1 = bitcast<f32>(info[11]) * v[e] + bitcast<f32>(info[12]) * (g * g);
    let step = (m1 * bitcast<f32>(info[14])) / (sqrt(v1 * bitcast<f32>(info[15])) + bitcast<f32>(info[13]));
    out[e] = param[e] - bitcast<f32>(info[8]) * step;
    out[n + e] = m1;
    out[2u * n + e] = v1;
}

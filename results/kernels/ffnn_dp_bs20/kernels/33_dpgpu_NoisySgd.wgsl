// dpgpu::NoisySgd (4 dispatches per step under this name)
// Philox4x32-10 (Salmon, Moraes, Dror, Shaw 2011, "Parallel random numbers: as easy as 1, 2, 3")
// and the Box-Muller map used by every dpgpu noise kernel. Shared prefix: the Rust launcher
// concatenates it in front of the kernels that draw noise. The Rust twin is
// src/privacy/philox.rs; both must produce the same numbers up to float rounding.
//
// Noise element e of parameter tensor t at step s with seed k (the contract of
// src/privacy/philox.rs, which has the reasoning):
//   counter = (e, t, s_lo, s_hi), key = (k_lo, k_hi), r = philox4x32_10(counter, key)
//   u1 = ((r.x >> 9) + 0.5) * 2^-23   (exact in f32, in (0, 1))
//   z  = sqrt(-2 ln_open01(u1)) * cos_two_pi(r.y >> 9)
// ln_open01 and cos_two_pi are written in + - * / and integer operations, step for step as the
// Rust twin, never with the built-in log and cos (whose accuracy WGSL leaves to the driver).

// 32x32 -> 64-bit product as (hi, lo) from 16-bit limbs: WGSL has no 64-bit integers.
fn mulhilo(a: u32, b: u32) -> vec2<u32> {
    let a0 = a & 0xffffu;
    let a1 = a >> 16u;
    let b0 = b & 0xffffu;
    let b1 = b >> 16u;
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 16u) + (p01 & 0xffffu) + (p10 & 0xffffu);
    let hi = p11 + (p01 >> 16u) + (p10 >> 16u) + (mid >> 16u);
    return vec2<u32>(hi, a * b);
}

fn philox4x32_10(counter: vec4<u32>, key: vec2<u32>) -> vec4<u32> {
    var c = counter;
    var k = key;
    for (var round = 0u; round < 10u; round = round + 1u) {
        let m0 = mulhilo(0xD2511F53u, c.x);
        let m1 = mulhilo(0xCD9E8D57u, c.z);
        c = vec4<u32>(m1.x ^ c.y ^ k.x, m1.y, m0.x ^ c.w ^ k.y, m0.y);
        k = k + vec2<u32>(0x9E3779B9u, 0xBB67AE85u);
    }
    return c;
}

// ln u for u in [2^-24, 1): u = 2^k m, m in (sqrt(1/2), sqrt(2)], atanh series in s = (m-1)/(m+1).
fn ln_open01(u: f32) -> f32 {
    let bits = bitcast<u32>(u);
    var k = i32(bits >> 23u) - 127;
    var m = bitcast<f32>((bits & 0x007fffffu) | 0x3f800000u);
    if (m > bitcast<f32>(0x3fb504f3u)) {
        m = m * 0.5;
        k = k + 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let p = s2 * (bitcast<f32>(0x3eaaaaabu) + s2 * (bitcast<f32>(0x3e4ccccdu)
        + s2 * (bitcast<f32>(0x3e124925u) + s2 * bitcast<f32>(0x3de38e39u))));
    let two_s = s + s;
    let ln_m = two_s + two_s * p;
    let kf = f32(k);
    return kf * bitcast<f32>(0x3f317180u) + (kf * bitcast<f32>(0x3717f7d1u) + ln_m);
}

// cos(2 pi u) for u = (m + 0.5) 2^-23: 4u = q + r split exactly in integers, theta = r pi/2,
// Taylor polynomials of cos / sin on [-pi/4, pi/4], the quadrant q mod 4 picks one and its sign.
fn cos_two_pi(m: u32) -> f32 {
    let twice = 2u * m + 1u;
    let q = (twice + (1u << 21u)) >> 22u;
    let r = f32(i32(twice) - i32(q << 22u)) * bitcast<f32>(0x34800000u);
    let theta = r * bitcast<f32>(0x3fc90fdbu);
    let t2 = theta * theta;
    let c = 1.0 - t2 * (bitcast<f32>(0x3f000000u) - t2 * (bitcast<f32>(0x3d2aaaabu)
        - t2 * (bitcast<f32>(0x3ab60b61u) - t2 * (bitcast<f32>(0x37d00d01u)
        - t2 * bitcast<f32>(0x3493f27eu)))));
    let s = theta - theta * t2 * (bitcast<f32>(0x3e2aaaabu) - t2 * (bitcast<f32>(0x3c088889u)
        - t2 * (bitcast<f32>(0x39500d01u) - t2 * bitcast<f32>(0x3638ef1du))));
    switch (q & 3u) {
        case 0u: { return c; }
        case 1u: { return -s; }
        case 2u: { return -c; }
        default: { return s; }
    }
}

fn standard_normal(element: u32, tensor_id: u32, step: vec2<u32>, seed: vec2<u32>) -> f32 {
    let r = philox4x32_10(vec4<u32>(element, tensor_id, step.x, step.y), seed);
    let u1 = (f32(r.x >> 9u) + 0.5) * bitcast<f32>(0x34000000u);
    return sqrt(-2.0 * ln_open01(u1)) * cos_two_pi(r.y >> 9u);
}
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

@compute @workgroup_size(256, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let e = gid.x + gid.y * nwg.x * 256u;
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

// Philox4x32-10 (Salmon, Moraes, Dror, Shaw 2011, "Parallel random numbers: as easy as 1, 2, 3")
// and the Box-Muller map used by every dpgpu noise kernel. Shared prefix: the Rust launcher
// concatenates it in front of the kernels that draw noise. The Rust twin is
// src/privacy/philox.rs; both must produce the same numbers up to float rounding.
//
// Noise element e of parameter tensor t at step s with seed k:
//   counter = (e, t, s_lo, s_hi), key = (k_lo, k_hi), r = philox4x32_10(counter, key)
//   u1 = ((r.x >> 9) + 0.5) * 2^-23,  u2 = ((r.y >> 9) + 0.5) * 2^-23   (exact in f32, in (0, 1))
//   z  = sqrt(-2 ln u1) * cos(2 pi u2)

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

fn standard_normal(element: u32, tensor_id: u32, step: vec2<u32>, seed: vec2<u32>) -> f32 {
    let r = philox4x32_10(vec4<u32>(element, tensor_id, step.x, step.y), seed);
    let u1 = (f32(r.x >> 9u) + 0.5) * 1.1920928955078125e-7;
    let u2 = (f32(r.y >> 9u) + 0.5) * 1.1920928955078125e-7;
    return sqrt(-2.0 * log(u1)) * cos(6.2831855 * u2);
}

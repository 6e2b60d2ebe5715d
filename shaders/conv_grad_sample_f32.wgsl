// Per-sample Conv2d weight gradients by implicit im2col, with a squared-norm epilogue.
//
// For example i and group q: dW_i[co, k] = sum_l g_i[co, l] * U_i[k, l], where U_i are the
// im2col columns of the input read in place (never written out; zero outside the input, which
// is how padding, SAME and asymmetric included, enters), k = (c, ky, kx) and l = (oy, ox):
//   U_i[(c, ky, kx), (oy, ox)] = x_i[q * c_in_g + c, oy * sh + ky * dh - pad_top,
//                                               ox * sw + kx * dw - pad_left].
// One workgroup per (example, group, 32 x 32 tile of [c_out/groups, K]); 64 invocations, each
// holding a 4 x 4 block of the tile (rows ty + 8a, columns tx + 8b); positions are streamed
// through workgroup memory 32 at a time, position-major so that neighbouring invocations read
// neighbouring words.
// Norm-only mode (write_grad = 0): out = [batch * tiles] partial squared norms, one per tile.
// Gradient mode (write_grad = 1): out = [batch * p] per-sample gradients (row-major like the
// weight, [c_out, c_in_g, kh, kw]), then the [batch * tiles] partials.
// Rust twin: grad_sample::rules::conv2d_grad_sample (im2col and a batched product).
//
// info = [batch, c_in, h, w, c_out, h_out, w_out, kh, kw, sh, sw, pad_top, pad_left, dh, dw,
//         groups, tiles_co, tiles_k, write_grad]

@group(0) @binding(0) var<storage, read_write> input: array<f32>;
@group(0) @binding(1) var<storage, read_write> backprops: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read_write> info: array<u32>;

const TILE: u32 = 32u;
const STEP: u32 = 32u;
const THREADS: u32 = 64u;

var<workgroup> g_tile: array<f32, 1024>; // [STEP positions][TILE rows of c_out]
var<workgroup> u_tile: array<f32, 1024>; // [STEP positions][TILE rows of K]
var<workgroup> partial: array<f32, 64>;
var<workgroup> uniform_steps: u32;
var<workgroup> uniform_live: u32;

@compute @workgroup_size(64, 1, 1)
fn main(
    @builtin(workgroup_id) wid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
    @builtin(local_invocation_index) lid: u32,
) {
    let batch = info[0];
    let c_in = info[1];
    let h = i32(info[2]);
    let w = i32(info[3]);
    let c_out = info[4];
    let w_out = info[6];
    let positions = info[5] * w_out;
    let kh = info[7];
    let kw = info[8];
    let sh = i32(info[9]);
    let sw = i32(info[10]);
    let groups = info[15];
    let tiles_co = info[16];
    let tiles_k = info[17];
    let write_grad = info[18];
    let c_out_g = c_out / groups;
    let c_in_g = c_in / groups;
    let k_len = c_in_g * kh * kw;
    let tiles = groups * tiles_co * tiles_k;

    let flat = wid.x + wid.y * nwg.x;
    let i = flat / tiles;
    let t = flat % tiles;
    let q = t / (tiles_co * tiles_k);
    let co0 = ((t / tiles_k) % tiles_co) * TILE;
    let k0 = (t % tiles_k) * TILE;
    // Barriers need uniform control flow: the loop bound and the activity flag go through
    // workgroupUniformLoad.
    if (lid == 0u) {
        uniform_steps = (positions + STEP - 1u) / STEP;
        uniform_live = select(0u, 1u, i < batch);
    }
    let steps = workgroupUniformLoad(&uniform_steps);
    let live = workgroupUniformLoad(&uniform_live);
    if (live == 0u) {
        return;
    }

    // Loads: this invocation fills tile row `row` (of c_out and of K) at positions
    // `lane + 2j` (j = 0..15) of every step. What does not change along the positions is
    // computed once here, so the streaming loop has no integer division.
    let row = lid % TILE;
    let lane = lid / TILE;
    let g_ok = co0 + row < c_out_g;
    let g_base = (i * c_out + q * c_out_g + co0 + row) * positions;
    let k = k0 + row;
    let u_ok = k < k_len;
    let rem = k % (kh * kw);
    let u_base = (i * c_in + q * c_in_g + k / (kh * kw)) * u32(h) * u32(w);
    let u_dy = i32((rem / kw) * info[13]) - i32(info[11]);
    let u_dx = i32((rem % kw) * info[14]) - i32(info[12]);
    // The output positions `lane + 2j` of the current step, as (oy, ox).
    var oy: array<u32, 16>;
    var ox: array<u32, 16>;
    for (var j = 0u; j < 16u; j = j + 1u) {
        oy[j] = (lane + 2u * j) / w_out;
        ox[j] = (lane + 2u * j) % w_out;
    }

    let ty = lid / 8u;
    let tx = lid % 8u;
    var acc: array<f32, 16>;
    var l0 = 0u;
    for (var s = 0u; s < steps; s = s + 1u) {
        for (var j = 0u; j < 16u; j = j + 1u) {
            let m = lane + 2u * j;
            let l = l0 + m;
            var gv = 0.0;
            var uv = 0.0;
            if (l < positions) {
                if (g_ok) {
                    gv = backprops[g_base + l];
                }
                let iy = i32(oy[j]) * sh + u_dy;
                let ix = i32(ox[j]) * sw + u_dx;
                if (u_ok && iy >= 0 && ix >= 0 && iy < h && ix < w) {
                    uv = input[u_base + u32(iy * w + ix)];
                }
            }
            g_tile[m * TILE + row] = gv;
            u_tile[m * TILE + row] = uv;
            ox[j] = ox[j] + STEP;
            while (ox[j] >= w_out) {
                ox[j] = ox[j] - w_out;
                oy[j] = oy[j] + 1u;
            }
        }
        workgroupBarrier();
        for (var m = 0u; m < STEP; m = m + 1u) {
            var gr: array<f32, 4>;
            var ur: array<f32, 4>;
            for (var a = 0u; a < 4u; a = a + 1u) {
                gr[a] = g_tile[m * TILE + ty + 8u * a];
                ur[a] = u_tile[m * TILE + tx + 8u * a];
            }
            for (var a = 0u; a < 4u; a = a + 1u) {
                for (var b = 0u; b < 4u; b = b + 1u) {
                    acc[4u * a + b] = acc[4u * a + b] + gr[a] * ur[b];
                }
            }
        }
        workgroupBarrier();
        l0 = l0 + STEP;
    }

    let p = c_out * k_len;
    var sq = 0.0;
    for (var a = 0u; a < 4u; a = a + 1u) {
        for (var b = 0u; b < 4u; b = b + 1u) {
            let co = co0 + ty + 8u * a;
            let kk = k0 + tx + 8u * b;
            if (co < c_out_g && kk < k_len) {
                let v = acc[4u * a + b];
                sq = sq + v * v;
                if (write_grad != 0u) {
                    out[i * p + (q * c_out_g + co) * k_len + kk] = v;
                }
            }
        }
    }
    partial[lid] = sq;
    workgroupBarrier();
    for (var width = THREADS / 2u; width > 0u; width = width >> 1u) {
        if (lid < width) {
            partial[lid] = partial[lid] + partial[lid + width];
        }
        workgroupBarrier();
    }
    if (lid == 0u) {
        out[write_grad * batch * p + i * tiles + t] = partial[0];
    }
}

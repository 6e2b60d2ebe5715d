// dpgpu::ClipFactors (1 dispatches per step under this name)
// Clip factors from per-sample squared norms: out[b] = min(1, C / (sqrt(sq[b]) + 1e-6)),
// as Opacus' clip_and_accumulate. info = [batch, bits(C)]. Rust twin: kernels::reference::clip_factors.

@group(0) @binding(0) var<storage, read_write> sq_norms: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read_write> info: array<u32>;

@compute @workgroup_size(256, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let b = gid.x + gid.y * nwg.x * 256u;
    if (b >= info[0]) {
        return;
    }
    let max_grad_norm = bitcast<f32>(info[1]);
    out[b] = min(1.0, max_grad_norm / (sqrt(sq_norms[b]) + 1e-6));
}

// dpgpu::SqNorms (4 dispatches per step under this name)
// Per-sample squared L2 norms of a [batch, p] row-major tensor, added to a running [batch]
// sum of per-layer terms: out[b] = acc[b] + sum_j grads[b, j]^2.
// One workgroup per row; info = [batch, p]. Rust twin: kernels::reference::sq_norms.

@group(0) @binding(0) var<storage, read_write> grads: array<f32>;
@group(0) @binding(1) var<storage, read_write> acc: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read_write> info: array<u32>;

var<workgroup> partial: array<f32, 256>;

@compute @workgroup_size(256, 1, 1)
fn main(
    @builtin(workgroup_id) wid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
    @builtin(local_invocation_index) lid: u32,
) {
    let row = wid.x + wid.y * nwg.x;
    let batch = info[0];
    let p = info[1];
    var sum = 0.0;
    if (row < batch) {
        let base = row * p;
        for (var j = lid; j < p; j = j + 256u) {
            let g = grads[base + j];
            sum = sum + g * g;
        }
    }
    partial[lid] = sum;
    workgroupBarrier();
    for (var s = 256u / 2u; s > 0u; s = s >> 1u) {
        if (lid < s) {
            partial[lid] = partial[lid] + partial[lid + s];
        }
        workgroupBarrier();
    }
    if (lid == 0u && row < batch) {
        out[row] = acc[row] + partial[0];
    }
}

// KernelBinop<AddOp> (4 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v2: array<f32>;
struct info_st { scalars_usize: array<u32, 4>, static_meta: array<u32, 2> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn kernel_binop_c_f32_n_1_521fb9e0(@builtin(workgroup_id) v137: vec3<u32>, @builtin(num_workgroups) v139: vec3<u32>, @builtin(local_invocation_index) v146: u32) {
let v176 = &v7;
let v177 = &v2;
var<function> inv_return_flag_v41_store: bool= true;
let inv_return_flag_v41 = &inv_return_flag_v41_store;
let v42 = info_var.static_meta[0];
let v11 = info_var.scalars_usize[2];
let v138 = v137[2];
let v46 = u32(v138);
let v140 = v139[1];
let v48 = u32(v140);
let v49 = v46 * v48;
let v141 = v139[0];
let v51 = u32(v141);
let v52 = v49 * v51;
let v142 = v137[1];
let v54 = u32(v142);
let v57 = v54 * v51;
let v58 = v52 + v57;
let v144 = v137[0];
let v60 = u32(v144);
let v61 = v58 + v60;
let v172 = u32(8);
let v64 = v61 * v172;
let v147 = v146;
let v66 = u32(v147);
let v67 = v64 + v66;
let v16 = v67 < v11;
let v18 = v67 < v42;
let v19 = v16 && v18;
let v20 = !v19;
if v20 {
let v21 = false;
*inv_return_flag_v41 = v21;

}
let v22 = *inv_return_flag_v41;
if v22 {
let v28 = &(*v177)[v67];
let v29 = *v28;
let v34 = &(*v176)[v67];
let v35 = *v34;
let v36 = v29 + v35;
*v28 = v36;

}
return;

}

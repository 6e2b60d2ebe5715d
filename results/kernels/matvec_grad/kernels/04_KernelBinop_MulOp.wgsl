// KernelBinop<MulOp> (1 dispatches per step under this name)
@group(0) @binding(2) var<storage, read_write> v12: array<f32>;
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v2: array<f32>;
struct info_st { scalars_usize: array<u32, 4>, static_meta: array<u32, 4> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn kernel_binop_c_f32_n_1_58a3f24a(@builtin(workgroup_id) v138: vec3<u32>, @builtin(num_workgroups) v140: vec3<u32>, @builtin(local_invocation_index) v147: u32) {
let v177 = &v12;
let v178 = &v7;
let v179 = &v2;
var<function> inv_return_flag_v42_store: bool= true;
let inv_return_flag_v42 = &inv_return_flag_v42_store;
let v11 = info_var.scalars_usize[2];
let v45 = info_var.static_meta[2];
let v139 = v138[2];
let v47 = u32(v139);
let v141 = v140[1];
let v49 = u32(v141);
let v50 = v47 * v49;
let v142 = v140[0];
let v52 = u32(v142);
let v53 = v50 * v52;
let v143 = v138[1];
let v55 = u32(v143);
let v58 = v55 * v52;
let v59 = v53 + v58;
let v145 = v138[0];
let v61 = u32(v145);
let v62 = v59 + v61;
let v173 = u32(8);
let v65 = v62 * v173;
let v148 = v147;
let v67 = u32(v148);
let v68 = v65 + v67;
let v17 = v68 < v11;
let v19 = v68 < v45;
let v20 = v17 && v19;
let v21 = !v20;
if v21 {
let v22 = false;
*inv_return_flag_v42 = v22;

}
let v23 = *inv_return_flag_v42;
if v23 {
let v29 = &(*v179)[v68];
let v30 = *v29;
let v35 = &(*v178)[v68];
let v36 = *v35;
let v37 = v30 * v36;
let v41 = &(*v177)[v68];
*v41 = v37;

}
return;

}

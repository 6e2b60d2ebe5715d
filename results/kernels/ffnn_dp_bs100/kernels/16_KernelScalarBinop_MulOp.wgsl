// KernelScalarBinop<MulOp> (1 dispatches per step under this name)
@group(0) @binding(0) var<storage, read_write> v2: array<f32>;
struct info_st { scalars_usize: array<u32, 2>, scalars_f32: array<f32, 2>, static_meta: array<u32, 2> }
@group(0) @binding(1) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn kernel_scalar_binop_c_f32_n_1_3fa4c787(@builtin(workgroup_id) v103: vec3<u32>, @builtin(num_workgroups) v105: vec3<u32>, @builtin(local_invocation_index) v112: u32) {
let v133 = &v2;
var<function> inv_return_flag_v31_store: bool= true;
let inv_return_flag_v31 = &inv_return_flag_v31_store;
let v32 = info_var.static_meta[0];
let v6 = info_var.scalars_f32[0];
let v7 = info_var.scalars_usize[1];
let v104 = v103[2];
let v35 = u32(v104);
let v106 = v105[1];
let v37 = u32(v106);
let v38 = v35 * v37;
let v107 = v105[0];
let v40 = u32(v107);
let v41 = v38 * v40;
let v108 = v103[1];
let v43 = u32(v108);
let v46 = v43 * v40;
let v47 = v41 + v46;
let v110 = v103[0];
let v49 = u32(v110);
let v50 = v47 + v49;
let v130 = u32(8);
let v53 = v50 * v130;
let v113 = v112;
let v55 = u32(v113);
let v56 = v53 + v55;
let v12 = v56 < v7;
let v14 = v56 < v32;
let v15 = v12 && v14;
let v16 = !v15;
if v16 {
let v17 = false;
*inv_return_flag_v31 = v17;

}
let v18 = *inv_return_flag_v31;
if v18 {
let v24 = &(*v133)[v56];
let v25 = *v24;
let v26 = v25 * v6;
*v24 = v26;

}
return;

}

// ReduceKernel<TensorArgs> (6 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 6>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn reduce_kernel_in_f32_in_size_2_out_f32_out_size_2_acc_f32_679e53d7(@builtin(workgroup_id) v181: vec3<u32>, @builtin(num_workgroups) v183: vec3<u32>, @builtin(local_invocation_index) v190: u32) {
let v198 = &v7;
let v199 = &v1;
var<function> inv_return_flag_v122_store: bool= true;
let inv_return_flag_v122 = &inv_return_flag_v122_store;
let v2 = info_var.scalars_usize[0];
let v3 = info_var.scalars_usize[1];
let v5 = u32(0);
let v8 = info_var.scalars_usize[2];
let v9 = info_var.scalars_usize[3];
let v124 = info_var.static_meta[1];
let v13 = info_var.scalars_usize[4];
var<function> v125_store: u32;
let v125 = &v125_store;
*v125 = v2;
var<function> v126_store: u32;
let v126 = &v126_store;
*v126 = v3;
var<function> v127_store: u32;
let v127 = &v127_store;
*v127 = v8;
var<function> v128_store: u32;
let v128 = &v128_store;
*v128 = v9;
let v182 = v181[2];
let v158 = u32(v182);
let v184 = v183[1];
let v160 = u32(v184);
let v161 = v158 * v160;
let v185 = v183[0];
let v163 = u32(v185);
let v164 = v161 * v163;
let v186 = v181[1];
let v166 = u32(v186);
let v169 = v166 * v163;
let v170 = v164 + v169;
let v188 = v181[0];
let v172 = u32(v188);
let v173 = v170 + v172;
let v192 = u32(64);
let v176 = v173 * v192;
let v191 = v190;
let v178 = u32(v191);
let v179 = v176 + v178;
let v129 = info_var.static_meta[3];
let v25 = u32(2);
let v132 = info_var.static_meta[2];
let v133 = v132 + v13;
let v134 = info_var.dynamic_meta[v133];
var<function> v135_store: u32;
let v135 = &v135_store;
*v135 = v134;
var<function> v136_store: u32;
let v136 = &v136_store;
*v136 = v179;
let v31 = u32(1);
let v34 = *v127;
let v36 = v34 * v25;
let v39 = v36 / v25;
let v40 = v179 >= v39;
if v40 {
let v41 = false;
*inv_return_flag_v122 = v41;

}
let v42 = *inv_return_flag_v122;
if v42 {
let v48 = v179 * v25;
var<function> v137_store: u32;
let v137 = &v137_store;
*v137 = v5;
let v53 = *v126;
for(var v55: u32 = v5; v55 < v53; v55 += v31) {
let v139 = info_var.static_meta[5];
let v140 = v139 + v55;
let v141 = info_var.dynamic_meta[v140];
let v59 = v48 / v141;
let v143 = v129 + v55;
let v144 = info_var.dynamic_meta[v143];
let v62 = v59 % v144;
let v145 = info_var.static_meta[4];
let v146 = v145 + v55;
let v147 = info_var.dynamic_meta[v146];
let v65 = v62 * v147;
let v66 = *v137;
let v67 = v66 + v65;
*v137 = v67;

}
let v68 = *v137;
let v70 = v68 / v25;
*v137 = v70;
let v148 = info_var.static_meta[4];
let v149 = v148 + v13;
let v150 = info_var.dynamic_meta[v149];
let v74 = v150 / v25;
let v77 = f32(0.0);
let v78 = vec2<f32>(v77);
var<function> v154_store: vec2<f32>;
let v154 = &v154_store;
*v154 = v78;
var<function> v155_store: vec2<f32>;
let v155 = &v155_store;
*v155 = v78;
for(var v85: u32 = v5; v85 < v134; v85 += v31) {
let v87 = v85 * v74;
let v88 = *v137;
let v89 = v88 + v87;
let v93 = &(*v199)[v89];
let v94 = *v93;
let v95 = *v155;
let v96 = v95 + v94;
*v155 = v96;

}
let v97 = *v155;
let v98 = *v136;
let v99 = u32(v98);
let v102 = u32(v99);
let v114 = *v127;
let v115 = v102 < v114;
if v115 {
let v117 = v102 < v124;
if v117 {
let v121 = &(*v198)[v102];
*v121 = v97;

}

}

}
return;

}

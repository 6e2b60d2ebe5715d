// ReduceKernel<TensorArgs> (6 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 6>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn reduce_kernel_in_f32_in_size_2_out_f32_out_size_1_acc_f32_99a17a73(@builtin(workgroup_id) v191: vec3<u32>, @builtin(num_workgroups) v193: vec3<u32>, @builtin(local_invocation_index) v200: u32) {
let v207 = &v7;
let v208 = &v1;
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
let v192 = v191[2];
let v168 = u32(v192);
let v194 = v193[1];
let v170 = u32(v194);
let v171 = v168 * v170;
let v195 = v193[0];
let v173 = u32(v195);
let v174 = v171 * v173;
let v196 = v191[1];
let v176 = u32(v196);
let v179 = v176 * v173;
let v180 = v174 + v179;
let v198 = v191[0];
let v182 = u32(v198);
let v183 = v180 + v182;
let v202 = u32(64);
let v186 = v183 * v202;
let v201 = v200;
let v188 = u32(v201);
let v189 = v186 + v188;
let v129 = info_var.static_meta[3];
let v23 = u32(1);
let v25 = f32(0.0);
var<function> v132_store: f32;
let v132 = &v132_store;
*v132 = v25;
let v133 = info_var.static_meta[2];
let v134 = v133 + v13;
let v135 = info_var.dynamic_meta[v134];
var<function> v136_store: f32;
let v136 = &v136_store;
let v30 = *v132;
*v136 = v30;
var<function> v137_store: u32;
let v137 = &v137_store;
*v137 = v135;
var<function> v138_store: u32;
let v138 = &v138_store;
*v138 = v189;
let v36 = *v127;
let v40 = v189 >= v36;
if v40 {
let v41 = false;
*inv_return_flag_v122 = v41;

}
let v42 = *inv_return_flag_v122;
if v42 {
var<function> v139_store: u32;
let v139 = &v139_store;
*v139 = v5;
let v51 = *v126;
for(var v53: u32 = v5; v53 < v51; v53 += v23) {
let v141 = info_var.static_meta[5];
let v142 = v141 + v53;
let v143 = info_var.dynamic_meta[v142];
let v57 = v189 / v143;
let v145 = v129 + v53;
let v146 = info_var.dynamic_meta[v145];
let v60 = v57 % v146;
let v147 = info_var.static_meta[4];
let v148 = v147 + v53;
let v149 = info_var.dynamic_meta[v148];
let v63 = v60 * v149;
let v64 = *v139;
let v65 = v64 + v63;
*v139 = v65;

}
let v66 = *v139;
let v67 = u32(2);
let v68 = v66 / v67;
*v139 = v68;
let v72 = v135 / v67;
let v74 = vec2<f32>(v25);
var<function> v153_store: vec2<f32>;
let v153 = &v153_store;
*v153 = v74;
var<function> v154_store: vec2<f32>;
let v154 = &v154_store;
*v154 = v74;
for(var v81: u32 = v5; v81 < v72; v81 += v23) {
let v83 = *v139;
let v84 = v81 + v83;
let v88 = &(*v208)[v84];
let v89 = *v88;
let v92 = *v154;
let v93 = v92 + v89;
*v154 = v93;

}
let v94 = *v154;
var<function> v166_store: f32;
let v166 = &v166_store;
*v166 = v25;
let v159 = v94[0];
let v160 = *v166;
let v161 = v160 + v159;
*v166 = v161;
let v162 = v94[1];
let v163 = *v166;
let v164 = v163 + v162;
*v166 = v164;
let v165 = *v166;
*v136 = v165;
let v97 = *v138;
let v98 = u32(v97);
let v99 = u32(v98);
let v113 = *v127;
let v114 = v99 < v113;
if v114 {
let v116 = v99 < v124;
if v116 {
let v120 = &(*v207)[v99];
let v121 = *v136;
*v120 = v121;

}

}

}
return;

}

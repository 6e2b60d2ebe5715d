// ReduceKernel<TensorArgs> (6 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<vec4<f32>>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 6>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn reduce_kernel_in_f32_in_size_2_out_f32_out_size_4_acc_f32_319aba4e(@builtin(workgroup_id) v248: vec3<u32>, @builtin(num_workgroups) v250: vec3<u32>, @builtin(local_invocation_index) v257: u32) {
let v264 = &v7;
let v265 = &v1;
var<function> inv_return_flag_v139_store: bool= true;
let inv_return_flag_v139 = &inv_return_flag_v139_store;
let v2 = info_var.scalars_usize[0];
let v3 = info_var.scalars_usize[1];
let v5 = u32(0);
let v8 = info_var.scalars_usize[2];
let v9 = info_var.scalars_usize[3];
let v141 = info_var.static_meta[1];
let v13 = info_var.scalars_usize[4];
var<function> v142_store: u32;
let v142 = &v142_store;
*v142 = v2;
var<function> v143_store: u32;
let v143 = &v143_store;
*v143 = v3;
var<function> v144_store: u32;
let v144 = &v144_store;
*v144 = v8;
var<function> v145_store: u32;
let v145 = &v145_store;
*v145 = v9;
let v249 = v248[2];
let v225 = u32(v249);
let v251 = v250[1];
let v227 = u32(v251);
let v228 = v225 * v227;
let v252 = v250[0];
let v230 = u32(v252);
let v231 = v228 * v230;
let v253 = v248[1];
let v233 = u32(v253);
let v236 = v233 * v230;
let v237 = v231 + v236;
let v255 = v248[0];
let v239 = u32(v255);
let v240 = v237 + v239;
let v259 = u32(8);
let v243 = v240 * v259;
let v258 = v257;
let v245 = u32(v258);
let v246 = v243 + v245;
let v146 = info_var.static_meta[3];
let v23 = u32(4);
let v25 = f32(0.0);
let v26 = vec4<f32>(v25);
var<function> v149_store: vec4<f32>;
let v149 = &v149_store;
*v149 = v26;
let v150 = info_var.static_meta[2];
let v151 = v150 + v13;
let v152 = info_var.dynamic_meta[v151];
var<function> v153_store: vec4<f32>;
let v153 = &v153_store;
let v31 = *v149;
*v153 = v31;
var<function> v154_store: u32;
let v154 = &v154_store;
*v154 = v152;
var<function> v155_store: u32;
let v155 = &v155_store;
*v155 = v246;
let v35 = v246 * v23;
let v37 = *v144;
let v39 = v37 * v23;
let v41 = v35 >= v39;
if v41 {
let v42 = false;
*inv_return_flag_v139 = v42;

}
let v43 = *inv_return_flag_v139;
if v43 {
let v46 = u32(1);
for(var v47: u32 = v5; v47 < v23; v47 += v46) {
let v49 = v35 + v47;
var<function> v157_store: u32;
let v157 = &v157_store;
*v157 = v5;
let v56 = *v143;
for(var v58: u32 = v5; v58 < v56; v58 += v46) {
let v159 = info_var.static_meta[5];
let v160 = v159 + v58;
let v161 = info_var.dynamic_meta[v160];
let v62 = v49 / v161;
let v163 = v146 + v58;
let v164 = info_var.dynamic_meta[v163];
let v65 = v62 % v164;
let v165 = info_var.static_meta[4];
let v166 = v165 + v58;
let v167 = info_var.dynamic_meta[v166];
let v68 = v65 * v167;
let v69 = *v157;
let v70 = v69 + v68;
*v157 = v70;

}
let v71 = *v157;
let v72 = u32(2);
let v73 = v71 / v72;
*v157 = v73;
let v77 = v152 / v72;
let v79 = vec2<f32>(v25);
var<function> v171_store: vec2<f32>;
let v171 = &v171_store;
*v171 = v79;
let v81 = u32(4286578688);
let v82 = bitcast<f32>(v81);
let v83 = vec2<f32>(v82);
var<function> v172_store: vec2<f32>;
let v172 = &v172_store;
*v172 = v83;
for(var v87: u32 = v5; v87 < v77; v87 += v46) {
let v89 = *v157;
let v90 = v87 + v89;
let v94 = &(*v265)[v90];
let v95 = *v94;
let v98 = *v172;
let v174 = max(v98, v95);
let v190 = bitcast<vec2<u32>>(v95);
let v191 = u32(2139095040);
let v192 = vec2<u32>(v191);
let v193 = u32(2147483647);
let v194 = vec2<u32>(v193);
let v195 = v190 & v194;
let v196 = v195 > v192;
let v176 = select(v174, v95, v196);
let v197 = bitcast<vec2<u32>>(v98);
let v202 = v197 & v194;
let v203 = v202 > v192;
let v178 = select(v176, v98, v203);
*v172 = v178;

}
var<function> v179_store: f32;
let v179 = &v179_store;
*v179 = v82;
let v103 = *v172;
let v104 = v103[0];
let v105 = *v179;
let v180 = max(v104, v105);
let v204 = bitcast<u32>(v105);
let v205 = u32(2139095040);
let v206 = u32(2147483647);
let v207 = v204 & v206;
let v208 = v207 > v205;
let v182 = select(v180, v105, v208);
let v209 = bitcast<u32>(v104);
let v212 = v209 & v206;
let v213 = v212 > v205;
let v184 = select(v182, v104, v213);
*v179 = v184;
let v107 = *v172;
let v108 = v107[1];
let v109 = *v179;
let v185 = max(v108, v109);
let v214 = bitcast<u32>(v109);
let v217 = v214 & v206;
let v218 = v217 > v205;
let v187 = select(v185, v109, v218);
let v219 = bitcast<u32>(v108);
let v222 = v219 & v206;
let v223 = v222 > v205;
let v189 = select(v187, v108, v223);
*v179 = v189;
let v111 = *v179;
let v112 = *v153;

    var v113_tmp: vec4<f32> = v112;
    v113_tmp[v47] = v111;
    let v113 = v113_tmp;
*v153 = v113;

}
let v114 = *v155;
let v115 = u32(v114);
let v116 = u32(v115);
let v130 = *v144;
let v131 = v116 < v130;
if v131 {
let v133 = v116 < v141;
if v133 {
let v137 = &(*v264)[v116];
let v138 = *v153;
*v137 = v138;

}

}

}
return;

}

// ElemwiseFuse (5 dispatches per step under this name)
@group(0) @binding(2) var<storage, read_write> v13: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 8>, static_meta: array<u32, 10>, dynamic_meta: array<u32> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 2, 1)
fn elemwise_fuse_ac486d81(@builtin(workgroup_id) v202: vec3<u32>, @builtin(num_workgroups) v204: vec3<u32>, @builtin(local_invocation_index) v211: u32) {
let v220 = &v13;
let v221 = &v7;
let v222 = &v1;
let v5 = u32(0);
let v19 = info_var.scalars_usize[6];
let v203 = v202[2];
let v180 = u32(v203);
let v205 = v204[1];
let v182 = u32(v205);
let v183 = v180 * v182;
let v206 = v204[0];
let v185 = u32(v206);
let v186 = v183 * v185;
let v207 = v202[1];
let v188 = u32(v207);
let v191 = v188 * v185;
let v192 = v186 + v191;
let v209 = v202[0];
let v194 = u32(v209);
let v195 = v192 + v194;
let v217 = u32(16);
let v198 = v195 * v217;
let v212 = v211;
let v200 = u32(v212);
let v201 = v198 + v200;
// Init locals begin
var<function> v152_store: array<u32, 2>= array<u32, 2>();
let v152 = &v152_store;
let v27 = u32(2);
var<function> v153_store: array<u32, 2>= array<u32, 2>();
let v153 = &v153_store;
let v154 = info_var.static_meta[3];
let v156 = info_var.dynamic_meta[v154];
let v157 = info_var.static_meta[6];
let v159 = info_var.dynamic_meta[v157];
let v43 = &(*v152)[v5];
*v43 = v156;
let v44 = u32(1);
let v45 = v156 == v44;
let v47 = max(v159, v44);
let v48 = select(v159, v47, v45);
let v53 = &(*v153)[v5];
*v53 = v48;
let v161 = v154 + v44;
let v162 = info_var.dynamic_meta[v161];
let v164 = v157 + v44;
let v165 = info_var.dynamic_meta[v164];
let v64 = &(*v152)[v44];
*v64 = v162;
let v66 = v162 == v44;
let v68 = max(v165, v44);
let v69 = select(v165, v68, v66);
let v74 = &(*v153)[v44];
*v74 = v69;
// Init locals end
let v76 = v201 < v19;
if v76 {
// Fuse on write begin
let v81 = &(*v222)[v201];
let v82 = *v81;
let v85 = v201 * v27;
var<function> v166_store: u32;
let v166 = &v166_store;
*v166 = v5;
let v94 = *v53;
let v95 = v85 / v94;
let v167 = info_var.static_meta[4];
let v169 = info_var.dynamic_meta[v167];
let v99 = v95 % v169;
let v170 = info_var.static_meta[7];
let v172 = info_var.dynamic_meta[v170];
let v103 = v99 * v172;
let v104 = *v166;
let v105 = v104 + v103;
*v166 = v105;
let v111 = *v74;
let v112 = v85 / v111;
let v174 = v167 + v44;
let v175 = info_var.dynamic_meta[v174];
let v116 = v112 % v175;
let v177 = v170 + v44;
let v178 = info_var.dynamic_meta[v177];
let v120 = v116 * v178;
let v121 = *v166;
let v122 = v121 + v120;
*v166 = v122;
let v124 = *v166;
let v130 = &(*v221)[v124];
let v131 = *v130;
let v132 = vec2<f32>(v131);
let v137 = &(*v220)[v201];
let v138 = *v137;
let v139 = v82 * v132;
let v140 = exp(v138);
let v141 = v139 * v140;
*v81 = v141;
// Fuse on write end

}
return;

}

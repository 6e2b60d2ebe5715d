// ElemwiseFuse (2 dispatches per step under this name)
@group(0) @binding(2) var<storage, read_write> v13: array<f32>;
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<f32>;
struct info_st { scalars_usize: array<u32, 8>, static_meta: array<u32, 10>, dynamic_meta: array<u32> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn elemwise_fuse_f37e3e25(@builtin(workgroup_id) v144: vec3<u32>, @builtin(num_workgroups) v146: vec3<u32>, @builtin(local_invocation_index) v153: u32) {
let v161 = &v13;
let v162 = &v7;
let v163 = &v1;
let v5 = u32(0);
let v19 = info_var.scalars_usize[6];
let v145 = v144[2];
let v122 = u32(v145);
let v147 = v146[1];
let v124 = u32(v147);
let v125 = v122 * v124;
let v148 = v146[0];
let v127 = u32(v148);
let v128 = v125 * v127;
let v149 = v144[1];
let v130 = u32(v149);
let v133 = v130 * v127;
let v134 = v128 + v133;
let v151 = v144[0];
let v136 = u32(v151);
let v137 = v134 + v136;
let v159 = u32(8);
let v140 = v137 * v159;
let v154 = v153;
let v142 = u32(v154);
let v143 = v140 + v142;
// Init locals begin
var<function> v107_store: array<u32, 2>= array<u32, 2>();
let v107 = &v107_store;
var<function> v108_store: array<u32, 2>= array<u32, 2>();
let v108 = &v108_store;
let v109 = info_var.static_meta[3];
let v111 = info_var.dynamic_meta[v109];
let v112 = info_var.static_meta[6];
let v114 = info_var.dynamic_meta[v112];
let v43 = &(*v107)[v5];
*v43 = v111;
let v44 = u32(1);
let v45 = v111 == v44;
let v47 = max(v114, v44);
let v48 = select(v114, v47, v45);
let v53 = &(*v108)[v5];
*v53 = v48;
let v116 = v109 + v44;
let v117 = info_var.dynamic_meta[v116];
let v119 = v112 + v44;
let v120 = info_var.dynamic_meta[v119];
let v64 = &(*v107)[v44];
*v64 = v117;
let v66 = v117 == v44;
let v68 = max(v120, v44);
let v69 = select(v120, v68, v66);
let v74 = &(*v108)[v44];
*v74 = v69;
// Init locals end
let v76 = v143 < v19;
if v76 {
// Fuse on write begin
let v81 = &(*v163)[v143];
let v82 = *v81;
let v87 = &(*v162)[v143];
let v88 = *v87;
let v93 = &(*v161)[v143];
let v94 = *v93;
let v160 = fma(v82, v88, v94);
*v81 = v160;
// Fuse on write end

}
return;

}
